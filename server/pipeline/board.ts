import "server-only";
import { db } from "@/db/client";
import {
  countSubmittedScorecards,
  findPipelineJob,
  listArchivedApplicationRows,
  listBoardColumnRows,
  listLiveStages,
  listStageCardRows,
  type BoardQuery,
  type CardRow,
} from "@/db/queries/pipeline-board";
import { findOrganizationSettings } from "@/db/queries/pipeline-rejection-settings";
import type { Viewer } from "@/lib/auth/viewer";
import { rejectionReasonsOf, rejectionTemplateOf, renderRejectionEmail } from "@/lib/board/rejection-email";
import type { ArchivedApplication, BoardCard, BoardColumn, BoardCursor, BoardFilters, BoardJob, BoardStage } from "@/lib/board/types";
import { AppError } from "@/lib/errors";
import { can, canOnJob, seesAllJobs } from "@/lib/permissions";
import { candidateAlias, hidesIdentity } from "@/lib/review/identity";
import type { LoadStageCardsInput } from "@/lib/validation/pipeline";
import { requirePipelineJob } from "./cards";

// The board as one member may see it: the rows come from db/queries/pipeline-board.ts, and here the
// member's permissions decide what of them reaches the browser (aliases, scorecard tallies).

/** Cards a column shows before "Show more"; the page never ships a whole 5,000-card pipeline. */
export const COLUMN_PAGE_SIZE = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The job, if this member may open its board (same organisation, and on its team unless their role sees every job). */
export async function getBoardJob(actor: Viewer, jobId: string): Promise<BoardJob | null> {
  const job = await findPipelineJob(db(), { organizationId: actor.organizationId, jobId, userId: actor.userId });
  return job && canOnJob(actor.role, "jobs.read", job) ? { id: job.id, title: job.title, anonymizedReview: job.anonymizedReview } : null;
}

function boardQuery(actor: Viewer, job: BoardJob, filters: BoardFilters): BoardQuery {
  // On an anonymised job a text search never matches a name or email this member may not see.
  return { organizationId: actor.organizationId, jobId: job.id, filters, searchHiddenNames: !job.anonymizedReview || seesAllJobs(actor.role) };
}

/** Cards as the browser gets them, with one scorecard aggregate for all of them. */
async function toCards(actor: Viewer, job: BoardJob, rows: CardRow[], kindOf: (stageId: string) => BoardStage["kind"]): Promise<BoardCard[]> {
  const counts = await countSubmittedScorecards(db(), actor.organizationId, rows.map((row) => row.applicationId));
  // Reviewers must not see how others voted before they submit their own: only those who read every scorecard get the tally.
  const withTally = can(actor.role, "scorecards.readAll");
  const summaries = new Map<string, NonNullable<BoardCard["scorecards"]>>();
  for (const row of counts) {
    const summary = summaries.get(row.applicationId) ?? { submitted: 0, ...(withTally ? { tally: { strong_yes: 0, yes: 0, no: 0, strong_no: 0 } } : {}) };
    summary.submitted += row.count;
    if (summary.tally && row.overall) summary.tally[row.overall] += row.count;
    summaries.set(row.applicationId, summary);
  }
  const now = Date.now();
  return rows.map((row) => ({
    applicationId: row.applicationId,
    version: row.version,
    displayName: hidesIdentity(actor, { anonymizedReview: job.anonymizedReview, identityRevealedAt: row.identityRevealedAt, stageKind: kindOf(row.stageId) })
      ? candidateAlias(row.applicationId)
      : row.name,
    source: row.source,
    daysInStage: Math.max(0, Math.floor((now - row.stageEnteredAt.getTime()) / DAY_MS)),
    scorecards: summaries.get(row.applicationId) ?? null,
  }));
}

/** The board: every live stage in order with its (filtered) count and first page of cards. */
export async function getBoard(actor: Viewer, job: BoardJob, filters: BoardFilters): Promise<BoardColumn[]> {
  const [stages, rows] = await Promise.all([
    listLiveStages(db(), actor.organizationId, job.id),
    listBoardColumnRows(db(), boardQuery(actor, job, filters), COLUMN_PAGE_SIZE),
  ]);
  const kinds = new Map(stages.map((stage) => [stage.id, stage.kind]));
  const live = rows.filter((row) => kinds.has(row.stageId));
  const cards = await toCards(actor, job, live, (stageId) => kinds.get(stageId)!);
  return stages.map((stage) => {
    const column = live.flatMap((row, i) => (row.stageId === stage.id ? [{ row, card: cards[i]! }] : []));
    const total = column[0]?.row.total ?? 0;
    const last = column.at(-1)?.row;
    return {
      stage,
      total,
      cards: column.map((c) => c.card),
      nextCursor: total > column.length && last ? { enteredAt: last.enteredAtText, id: last.applicationId } : null,
    };
  });
}

type StagePage = { cards: BoardCard[]; nextCursor: BoardCursor | null };

/** One column's cards, newest arrivals first, from `cursor` on: a keyset page over (stage_entered_at, id). */
export async function listStageCards(
  actor: Viewer,
  job: BoardJob,
  stage: BoardStage,
  filters: BoardFilters,
  cursor?: BoardCursor,
  limit = COLUMN_PAGE_SIZE,
): Promise<StagePage> {
  const rows = await listStageCardRows(db(), { ...boardQuery(actor, job, filters), stageId: stage.id, cursor, limit: limit + 1 });
  const page = rows.slice(0, limit);
  const cards = await toCards(actor, job, page, () => stage.kind);
  const last = page.at(-1);
  return { cards, nextCursor: rows.length > limit && last ? { enteredAt: last.enteredAtText, id: last.applicationId } : null };
}

/** The next page of one column, for "Show more". */
export async function loadStageCards(actor: Viewer, input: LoadStageCardsInput): Promise<StagePage> {
  const job = await requirePipelineJob(db(), actor, input.jobId);
  const stage = (await listLiveStages(db(), actor.organizationId, job.id)).find((s) => s.id === input.stageId);
  if (!stage) throw new AppError("NOT_FOUND", "This stage is no longer on the board.");
  return listStageCards(actor, job, stage, input.filters, input.cursor);
}

/** Rejected and withdrawn applicants of the job, most recent first. */
export async function listArchivedApplications(actor: Viewer, job: BoardJob, limit = 200): Promise<ArchivedApplication[]> {
  const rows = await listArchivedApplicationRows(db(), actor.organizationId, job.id, limit);
  return rows.map(({ name, stageKind, identityRevealedAt, ...row }) => ({
    ...row,
    displayName: hidesIdentity(actor, { anonymizedReview: job.anonymizedReview, identityRevealedAt, stageKind }) ? candidateAlias(row.applicationId) : name,
  }));
}

/** The organisation's rejection reasons and email template (the defaults until an admin changes them). */
export async function getRejectionSettings(organizationId: string) {
  const org = await findOrganizationSettings(db(), organizationId);
  if (!org) throw new AppError("NOT_FOUND", "This organisation no longer exists.");
  return { reasons: rejectionReasonsOf(org.settings), template: rejectionTemplateOf(org.settings) };
}

/** What the reject dialog shows: the reasons to choose from and the subject of the email the candidate would get. */
export async function getRejectDialogSettings(member: Pick<Viewer, "organizationId"> & { organizationName: string }, jobTitle: string) {
  const { reasons, template } = await getRejectionSettings(member.organizationId);
  const emailSubject = renderRejectionEmail(template, { candidate_name: "the candidate", job_title: jobTitle, organization_name: member.organizationName }).subject;
  return { reasons, emailSubject };
}
