import "server-only";
import { db } from "@/db/client";
import { insertQuestions } from "@/db/queries/job-questions";
import { insertJobSources, listImportedPostingIds, lockBoardImport } from "@/db/queries/job-sources";
import { postgresErrorCode } from "@/lib/db-errors";
import type { JobBoardProvider } from "@/lib/enums";
import { AppError } from "@/lib/errors";
import { boardDraft, type BoardDraft, type SkippedPosting } from "@/lib/postings/boards/draft";
import { insertImportedDraft } from "./import-job";
import { assertManagesJobs, refreshJobPages, type JobEditor } from "./managed-job";
import { boardApis, listBoard, type BoardApis } from "./read-board";

/** New jobs one import creates at most; importing again brings the next ones. */
export const MAX_JOBS_PER_IMPORT = 500;
/** The whole import, every request included, ends by then. */
const IMPORT_DEADLINE_MS = 120_000;

/**
 * Imports this process runs at once. Each may hold BOARD_LIMITS.maxImportChars of postings (about 55 MB
 * once read) and make four requests at a time: past this count another is refused at once, rather than
 * a recruiter's dozen clicks, or a script's, adding up to more memory than the server has.
 */
export const MAX_CONCURRENT_IMPORTS = 2;
let running = 0;

export type BoardImportInput = { provider: JobBoardProvider; board: string };

export type BoardImportSummary = {
  provider: JobBoardProvider;
  board: string;
  /** The drafts created, in the board's order. */
  created: { id: string; title: string }[];
  /** Jobs of the board this organisation had imported before: left as they are. */
  alreadyImported: number;
  /** Jobs that could not become drafts, each with why. */
  skipped: SkippedPosting[];
  /** New jobs beyond this import's limits (500 jobs, BOARD_LIMITS.maxImportChars), for the next one. */
  leftForLater: number;
};

/**
 * Imports a Greenhouse board's or a Lever site's open jobs as drafts: description, department, location,
 * pay and (from Greenhouse) questions, with what was found in the text or could not come over noted on
 * each draft. Jobs imported before are recognised by the service's id and skipped.
 *
 * Everything is read and checked before anything is written; then one transaction creates every draft
 * (job, stages, interviews, questions, where it came from). A job that cannot be a draft (a description
 * over the limit) is listed as skipped, never created in part; any other failure stores nothing, and
 * importing again is always safe.
 */
export async function importBoard(actor: JobEditor, input: BoardImportInput, apis: BoardApis = boardApis()): Promise<BoardImportSummary> {
  assertManagesJobs(actor);
  if (running >= MAX_CONCURRENT_IMPORTS) {
    throw new AppError("RATE_LIMITED", "Candor is importing other boards just now. Nothing was imported: try again in a minute.");
  }
  running += 1;
  try {
    return await runImport(actor, input, apis);
  } finally {
    running -= 1;
  }
}

async function runImport(actor: JobEditor, { provider, board }: BoardImportInput, apis: BoardApis): Promise<BoardImportSummary> {
  const ref = { organizationId: actor.organizationId, provider, board };
  const deadline = AbortSignal.timeout(IMPORT_DEADLINE_MS);
  const listed = await listBoard(provider, board, apis, deadline);
  const importedBefore = await listImportedPostingIds(db(), ref);
  const fresh = listed.entries.filter((entry) => !importedBefore.has(entry.externalId));
  const chosen = fresh.slice(0, MAX_JOBS_PER_IMPORT);
  const { postings, gone, later } = await listed.read(chosen.map((entry) => entry.externalId));

  const drafts: BoardDraft[] = [];
  const skipped: SkippedPosting[] = [...listed.unreadable, ...gone];
  for (const posting of postings) {
    const result = boardDraft(posting);
    if (result.ok) drafts.push(result.draft);
    else skipped.push(result.skipped);
  }

  let created: { id: string; title: string }[];
  let importedMeanwhile = 0;
  try {
    created = await db().transaction(async (tx) => {
      await lockBoardImport(tx, ref);
      // Another import of this board may have finished while this one read it.
      const imported = await listImportedPostingIds(tx, ref);
      const jobs: { id: string; title: string; externalId: string; draft: BoardDraft }[] = [];
      for (const draft of drafts) {
        if (imported.has(draft.externalId)) {
          importedMeanwhile += 1;
          continue;
        }
        const job = await insertImportedDraft(tx, actor, draft.fields, draft.review);
        jobs.push({ id: job.id, title: job.title, externalId: draft.externalId, draft });
      }
      await insertQuestions(tx, actor.organizationId, jobs.map(({ id, draft }) => ({ jobId: id, fields: draft.questions })));
      await insertJobSources(tx, ref, jobs.map(({ id, externalId }) => ({ jobId: id, externalId })));
      return jobs.map(({ id, title }) => ({ id, title }));
    });
  } catch (error) {
    if (postgresErrorCode(error) === "23505") {
      throw new AppError("CONFLICT", "Another import of this board was saving at the same moment. Nothing was imported by this one: import again to bring what is left.");
    }
    throw error;
  }
  for (const job of created) refreshJobPages(actor, job.id, { careers: false });
  return {
    provider,
    board,
    created,
    alreadyImported: listed.entries.length - fresh.length + importedMeanwhile,
    skipped,
    leftForLater: fresh.length - chosen.length + later,
  };
}
