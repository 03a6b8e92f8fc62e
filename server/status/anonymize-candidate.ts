import "server-only";
import { db, type Executor } from "@/db/client";
import {
  anonymizePerson,
  deletePersonalRecords,
  forgetMergedDetails,
  listTextsAbout,
  lockCandidateForErasure,
  rewriteRows,
  type ErasureScope,
} from "@/db/queries/candidate-erasure";
import type { StatusCandidate } from "@/db/queries/candidate-status";
import { insertWebhookEvents } from "@/db/queries/webhooks";
import { applicationEvents, applications, emailOutbox, interviews, notes, notifications, scorecards, type OutboxAttachment } from "@/db/schema";
import { ERASED, erasePersonalData, erasePersonalDataInAttachments, erasePersonalDataInJson, personalDetailsOf, type PersonalDetails } from "@/lib/candidates/erasure";
import { CANDIDATE_ACTOR, candidateTarget } from "@/server/audit/actor";
import { recordAudit } from "@/server/audit/record-audit";
import { fileStore } from "@/server/storage";

/** What lists show in place of a candidate who had their data deleted. */
export const DELETED_CANDIDATE_NAME = "Deleted candidate";

/**
 * "Delete my data": erases every copy of the candidate's personal data, for them and for every record
 * merged into theirs, in one transaction. Gone: their answers, self-identification, files (and extracted
 * text), status links, and mail about them not yet sent. Redacted (their names, addresses, phone numbers
 * and links become "[erased]"): notes on them, interview titles and locations, scorecards, the
 * application history, notifications, rejection notes, and sent mail (recipient, subject, body,
 * attachments, error); merge records forget the contact details they kept. The applications stay for
 * the organisation's counts, active ones withdrawn. The files' bytes outside Postgres go once it committed.
 */
export async function anonymizeCandidate(candidate: Pick<StatusCandidate, "candidateId" | "organizationId">): Promise<void> {
  const removed = await db().transaction(async (tx) => {
    const person = await lockCandidateForErasure(tx, candidate.organizationId, candidate.candidateId);
    if (!person) return [];
    const details = personalDetailsOf(person.candidate, person.merges.map((merge) => merge.data));
    const scope: ErasureScope = {
      organizationId: candidate.organizationId,
      personIds: person.personIds,
      applicationIds: person.applicationIds,
      noteIds: person.noteIds,
      emails: details.emails,
    };
    const storageKeys = await deletePersonalRecords(tx, scope);
    await redactTexts(tx, scope, details);
    await forgetMergedDetails(tx, person.merges.map((merge) => merge.id));
    await anonymizePerson(tx, scope, candidate.candidateId, DELETED_CANDIDATE_NAME);
    await recordAudit(tx, { organizationIds: [candidate.organizationId], actor: CANDIDATE_ACTOR, action: "candidate.erased", target: candidateTarget(candidate.candidateId) });
    // The id alone: receivers erase what they hold about this candidate; the event itself holds nothing personal.
    await insertWebhookEvents(tx, candidate.organizationId, [{ type: "candidate.deleted", data: { candidate_id: candidate.candidateId } }]);
    return storageKeys;
  });
  // If this fails, the orphan sweep removes them.
  await fileStore()
    .remove(removed)
    .catch((error: unknown) => console.error("candor: could not remove a deleted candidate's files from storage", error));
}

type Redactors<R> = { [K in keyof R]?: (value: R[K]) => R[K] };

/** Each row's id and its redacted fields, for the rows redaction changed. */
function redacted<R extends { id: string }>(rows: R[], redactors: Redactors<R>): ({ id: string } & Partial<R>)[] {
  const fields = Object.keys(redactors) as (keyof R)[];
  return rows.flatMap((row) => {
    const next = Object.fromEntries(fields.map((field) => [field, redactors[field]!(row[field])])) as Partial<R>;
    const changed = fields.some((field) => JSON.stringify(next[field]) !== JSON.stringify(row[field]));
    return changed ? [{ ...next, id: row.id }] : [];
  });
}

async function redactTexts(tx: Executor, scope: ErasureScope, details: PersonalDetails) {
  const texts = await listTextsAbout(tx, scope);
  const inText = <T extends string | null>(value: T): T => (value === null ? value : (erasePersonalData(value, details) as T));
  const inJson = <T>(value: T): T => erasePersonalDataInJson(value, details);

  await rewriteRows(tx, notes, redacted(texts.notes, { body: inText }));
  await rewriteRows(tx, applications, redacted(texts.applications, { rejectionNote: inText, source: inText }));
  await rewriteRows(tx, interviews, redacted(texts.interviews, { title: inText, location: inText }));
  await rewriteRows(tx, scorecards, redacted(texts.scorecards, { keyTakeaways: inText, privateNotes: inText, history: inJson }));
  await rewriteRows(tx, notifications, redacted(texts.notifications, { data: inJson }));
  await rewriteRows(tx, applicationEvents, redacted(texts.events, { data: inJson }));
  const inAttachments = (attachments: OutboxAttachment[]) => erasePersonalDataInAttachments(attachments, details);
  // A recipient is one address: theirs goes, a colleague's stays whole even if it holds a part of their name.
  const ownAddress = new Set(details.emails.map((email) => email.toLowerCase()));
  const inRecipient = (to: string) => (ownAddress.has(to.toLowerCase()) ? ERASED : to);
  await rewriteRows(tx, emailOutbox, redacted(texts.mail, { to: inRecipient, subject: inText, text: inText, html: inText, lastError: inText, attachments: inAttachments }));
}
