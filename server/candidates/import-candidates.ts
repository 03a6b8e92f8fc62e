import "server-only";
import { db } from "@/db/client";
import { countExistingEmails, findStartingStage, insertApplicationsToStage, listActiveCandidateIdsByEmails, upsertImportedCandidates } from "@/db/queries/candidate-intake";
import type { Viewer } from "@/lib/auth/viewer";
import { checkRows, CsvUnreadable, guessMapping, mappingProblem, readCsvTable, type CheckedRow, type ColumnMapping } from "@/lib/candidates/csv-import";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { importRowSchema, type ImportCandidatesInput, type ImportRow } from "@/lib/validation/candidates";
import { insertWebhookEvents } from "@/db/queries/webhooks";
import { byMember, recordAudit } from "@/server/audit/record-audit";

export const IMPORT_SOURCE = "Imported";
/** Rows shown in the preview, and row errors listed (the counts cover every row). */
const PREVIEW_ROWS = 5;
const LISTED_ERRORS = 100;

export type ImportPreview = {
  headers: string[];
  mapping: ColumnMapping;
  /** Why the mapping can't be used yet; then no row was checked. */
  mappingProblem: string | null;
  rows: number;
  valid: number;
  /** Rows whose email the organisation already has. */
  existing: number;
  sample: { line: number; name: string; email: string; phone?: string; location?: string }[];
  errors: { line: number; messages: string[] }[];
  errorCount: number;
};

export type ImportResult = {
  created: number;
  merged: number;
  skipped: number;
  invalid: number;
  /** Applications added to the chosen job, and how many of them went to candidates Candor had already. */
  applications: number;
  existingApplications: number;
};

async function readTable(file: File) {
  try {
    return readCsvTable(await file.text());
  } catch (error) {
    if (error instanceof CsvUnreadable) throw new AppError("VALIDATION", error.message, { file: [error.message] });
    throw error;
  }
}

const validRows = (rows: CheckedRow<ImportRow>[]) => rows.flatMap((row) => (row.data ? [row.data] : []));

/**
 * Reads an uploaded CSV for the mapping and preview steps (recruiters and admins): its headers, the
 * mapping (guessed from the headers when none is given), every row checked, and how many emails are
 * already candidates. Stores nothing.
 */
export async function previewCandidateImport(actor: Viewer, input: { file: File; mapping?: ColumnMapping }): Promise<ImportPreview> {
  assertCan(actor, "candidates.add");
  const table = await readTable(input.file);
  const mapping = input.mapping && input.mapping.length === table.headers.length ? input.mapping : guessMapping(table.headers);
  const problem = mappingProblem(mapping);
  const base = { headers: table.headers, mapping, mappingProblem: problem, rows: table.rows.length };
  if (problem) return { ...base, valid: 0, existing: 0, sample: [], errors: [], errorCount: 0 };
  const checked = checkRows(table, mapping, importRowSchema);
  const valid = validRows(checked);
  const failed = checked.flatMap((row) => (row.errors ? [{ line: row.line, messages: row.errors }] : []));
  return {
    ...base,
    valid: valid.length,
    existing: await countExistingEmails(db(), actor.organizationId, valid.map((row) => row.email)),
    sample: checked.slice(0, PREVIEW_ROWS).flatMap((row) => (row.data ? [{ line: row.line, ...row.data }] : [])),
    errors: failed.slice(0, LISTED_ERRORS),
    errorCount: failed.length,
  };
}

/**
 * Imports the file's candidates, all or nothing, in ONE transaction: every row is checked first (a file
 * with a bad row is refused, unless the member chose to leave such rows out), then the candidates are
 * written in one statement, their applications to the chosen job and stage in another, and the audit
 * entry; any failure rolls all of it back. Candidates whose email the organisation has already are
 * skipped or merged (non-blank values replace theirs), as the member chose. Either way they are added to
 * the chosen job ("skip" leaves their record alone, not them out of the job), unless they have an
 * application there already.
 */
export async function importCandidates(actor: Viewer & { email: string }, input: ImportCandidatesInput): Promise<ImportResult> {
  assertCan(actor, "candidates.add");
  const table = await readTable(input.file);
  const mapping = input.mapping as ColumnMapping;
  if (mapping.length !== table.headers.length) throw new AppError("VALIDATION", "The file's columns have changed. Upload it again and check the mapping.");
  const problem = mappingProblem(mapping);
  if (problem) throw new AppError("VALIDATION", problem);
  const checked = checkRows(table, mapping, importRowSchema);
  const invalid = checked.filter((row) => row.errors).length;
  if (invalid > 0 && !input.skipInvalid) {
    throw new AppError("VALIDATION", `${invalid.toLocaleString("en")} ${invalid === 1 ? "row has" : "rows have"} errors. Correct the file, or choose to leave those rows out.`);
  }
  const rows = validRows(checked).map(({ linkedin, website, ...details }) => ({
    ...details,
    links: [...(linkedin ? [{ label: "LinkedIn", url: linkedin }] : []), ...(website ? [{ label: "Website", url: website }] : [])],
  }));
  if (rows.length === 0) throw new AppError("VALIDATION", "The file has no row to import.");
  const organizationId = actor.organizationId;
  return db().transaction(async (tx) => {
    const stageId = input.jobId ? await findStartingStage(tx, organizationId, input.jobId, { stageId: input.stageId }) : null;
    if (input.jobId && !stageId) throw new AppError("NOT_FOUND", "That job is closed, has no such stage, or no longer exists. Choose another.", { jobId: ["Choose another job."] });
    const written = await upsertImportedCandidates(tx, organizationId, rows, { duplicates: input.duplicates, source: IMPORT_SOURCE });
    const createdIds = new Set(written.filter((c) => c.created).map((c) => c.id));
    let added: { applicationId: string; candidateId: string }[] = [];
    if (input.jobId && stageId) {
      // Skipped rows are not returned by the upsert: look their (active) candidates up by email.
      const skippedIds = input.duplicates === "skip" ? await listActiveCandidateIdsByEmails(tx, organizationId, rows.map((row) => row.email)) : [];
      const candidateIds = [...new Set([...written.map((c) => c.id), ...skippedIds])];
      added = await insertApplicationsToStage(tx, { organizationId, jobId: input.jobId, stageId, candidateIds, source: IMPORT_SOURCE, actorUserId: actor.userId });
      // As when one candidate is added to a job by hand: integrations hear of each application.
      const jobId = input.jobId;
      await insertWebhookEvents(
        tx,
        organizationId,
        added.map((a) => ({ type: "application.created" as const, data: { application_id: a.applicationId, job_id: jobId, candidate_id: a.candidateId } })),
      );
    }
    const created = createdIds.size;
    const result = {
      created,
      merged: written.length - created,
      skipped: rows.length - written.length,
      invalid,
      applications: added.length,
      existingApplications: added.filter((a) => !createdIds.has(a.candidateId)).length,
    };
    await recordAudit(tx, { ...byMember(actor), action: "candidates.imported", details: { ...result, jobId: input.jobId ?? null } });
    return result;
  });
}
