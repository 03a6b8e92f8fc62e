import "server-only";
import { and, eq, getTableColumns, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "../client";
import {
  applicationAnswers,
  applicationEvents,
  applicationReplyAddresses,
  applications,
  candidateAccessTokens,
  candidateMailPreferences,
  candidateMerges,
  candidates,
  emailOutbox,
  files,
  inboundEmails,
  interviews,
  notes,
  notifications,
  offers,
  scorecards,
  selfIdentifications,
} from "../schema";
import { insertCandidateEvents } from "./candidate-status";

// Erasing one person's personal data (server/status/anonymize-candidate.ts), in the caller's transaction.
// The person is their candidate record and every record merged into it; the use case decides what to
// redact, these read and write the rows.

/** The person's records: their ids (their own and those merged into theirs), applications and notes, and their addresses. */
export type ErasureScope = { organizationId: string; personIds: string[]; applicationIds: string[]; noteIds: string[]; emails: string[] };

/**
 * The candidate, locked so no merge or second erasure runs alongside, with the records merged into it and
 * what every merge involving them recorded; null when there is no such candidate, or it was erased already.
 */
export async function lockCandidateForErasure(tx: Executor, organizationId: string, candidateId: string) {
  const [candidate] = await tx
    .select()
    .from(candidates)
    .where(and(eq(candidates.id, candidateId), eq(candidates.organizationId, organizationId)))
    .for("update");
  if (!candidate || candidate.anonymizedAt || candidate.mergedIntoId) return null;
  // Merges point earlier merged records straight at the survivor, so one level finds them all.
  const merged = await tx.select({ id: candidates.id }).from(candidates).where(eq(candidates.mergedIntoId, candidateId));
  const personIds = [candidateId, ...merged.map((row) => row.id)];
  const merges = await tx
    .select({ id: candidateMerges.id, data: candidateMerges.data })
    .from(candidateMerges)
    .where(and(eq(candidateMerges.organizationId, organizationId), or(inArray(candidateMerges.survivorId, personIds), inArray(candidateMerges.mergedId, personIds))));
  const apps = await tx.select({ id: applications.id }).from(applications).where(inArray(applications.candidateId, personIds));
  const personNotes = await tx.select({ id: notes.id }).from(notes).where(inArray(notes.candidateId, personIds));
  return { candidate, personIds, merges, applicationIds: apps.map((a) => a.id), noteIds: personNotes.map((n) => n.id) };
}

const like = (value: string) => `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Mail about the person: to them, about their applications, mentions from notes on them, or naming one of their addresses. */
function mailAbout(scope: ErasureScope): SQL {
  const mentionOf = sql`split_part(${emailOutbox.dedupeKey}, ':', 2)`;
  return and(
    eq(emailOutbox.organizationId, scope.organizationId),
    or(
      inArray(emailOutbox.candidateId, scope.personIds),
      inArray(emailOutbox.applicationId, scope.applicationIds),
      and(sql`split_part(${emailOutbox.dedupeKey}, ':', 1) = 'mention'`, inArray(mentionOf, scope.noteIds)),
      ...scope.emails.map((email) => sql`(${emailOutbox.to} ilike ${like(email)} or ${emailOutbox.subject} ilike ${like(email)} or ${emailOutbox.text} ilike ${like(email)})`),
    ),
  )!;
}

/** Removes what exists only because of the person: answers, self-identification, files, status links, mail not yet sent. Returns the files' storage keys. */
export async function deletePersonalRecords(tx: Executor, scope: ErasureScope): Promise<string[]> {
  await tx.delete(applicationAnswers).where(inArray(applicationAnswers.applicationId, scope.applicationIds));
  await tx.delete(selfIdentifications).where(inArray(selfIdentifications.applicationId, scope.applicationIds));
  // Their bytes in file_contents go with them (ON DELETE CASCADE); bytes in a bucket are the caller's.
  const removed = await tx
    .delete(files)
    .where(
      and(
        eq(files.organizationId, scope.organizationId),
        or(inArray(files.candidateId, scope.personIds), inArray(files.applicationId, scope.applicationIds)),
      ),
    )
    .returning({ storageKey: files.storageKey });
  await tx.delete(candidateAccessTokens).where(inArray(candidateAccessTokens.candidateId, scope.personIds));
  // An accepted offer keeps its terms for the counts, not the typed name nor the address it came from.
  await tx
    .update(offers)
    .set({ signatureName: null, responseIp: null })
    .where(and(eq(offers.organizationId, scope.organizationId), inArray(offers.applicationId, scope.applicationIds)));
  await tx.delete(emailOutbox).where(and(mailAbout(scope), ne(emailOutbox.status, "sent")));
  // Their replies (attachments went with the files above) and the notices quoting them, their reply addresses and their mail choice.
  await tx.delete(inboundEmails).where(and(eq(inboundEmails.organizationId, scope.organizationId), inArray(inboundEmails.applicationId, scope.applicationIds)));
  await tx.delete(applicationReplyAddresses).where(and(eq(applicationReplyAddresses.organizationId, scope.organizationId), inArray(applicationReplyAddresses.applicationId, scope.applicationIds)));
  await tx.delete(notifications).where(and(eq(notifications.organizationId, scope.organizationId), eq(notifications.type, "email_reply"), inArray(notifications.candidateId, scope.personIds)));
  await tx.delete(candidateMailPreferences).where(and(eq(candidateMailPreferences.organizationId, scope.organizationId), inArray(candidateMailPreferences.candidateId, scope.personIds)));
  return removed.map((file) => file.storageKey);
}

/** The rows whose free text may quote the person, for the caller to redact and write back with rewriteRows. */
export async function listTextsAbout(tx: Executor, scope: ErasureScope) {
  const apps = scope.applicationIds;
  return {
    applications: await tx
      .select({ id: applications.id, rejectionNote: applications.rejectionNote, source: applications.source })
      .from(applications)
      .where(inArray(applications.id, apps)),
    events: await tx.select({ id: applicationEvents.id, data: applicationEvents.data }).from(applicationEvents).where(inArray(applicationEvents.applicationId, apps)),
    interviews: await tx.select({ id: interviews.id, title: interviews.title, location: interviews.location }).from(interviews).where(inArray(interviews.applicationId, apps)),
    scorecards: await tx
      .select({ id: scorecards.id, keyTakeaways: scorecards.keyTakeaways, privateNotes: scorecards.privateNotes, history: scorecards.history })
      .from(scorecards)
      .where(inArray(scorecards.applicationId, apps)),
    notes: await tx.select({ id: notes.id, body: notes.body }).from(notes).where(inArray(notes.candidateId, scope.personIds)),
    notifications: await tx
      .select({ id: notifications.id, data: notifications.data })
      .from(notifications)
      .where(
        and(
          eq(notifications.organizationId, scope.organizationId),
          or(
            inArray(notifications.candidateId, scope.personIds),
            inArray(sql`${notifications.data}->>'applicationId'`, apps),
            inArray(sql`${notifications.data}->>'noteId'`, scope.noteIds),
          ),
        ),
      ),
    mail: await tx
      .select({
        id: emailOutbox.id,
        to: emailOutbox.to,
        subject: emailOutbox.subject,
        text: emailOutbox.text,
        html: emailOutbox.html,
        attachments: emailOutbox.attachments,
        lastError: emailOutbox.lastError,
      })
      .from(emailOutbox)
      .where(mailAbout(scope)),
  };
}

/**
 * Writes `rows` (each an `id` and new values for the same few of `table`'s columns, by their field names)
 * in one UPDATE, from a JSON document of the rows. Application events are append-only; this transaction may rewrite their `data`
 * (the trigger allows that alone, and only while `candor.erasure` is on, which ends with the transaction).
 */
export async function rewriteRows(tx: Executor, table: PgTable, rows: ({ id: string } & Record<string, unknown>)[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  if (table === applicationEvents) await tx.execute(sql`select set_config('candor.erasure', 'on', true)`);
  const columns: Record<string, PgColumn> = getTableColumns(table);
  const entries = Object.keys(first)
    .filter((key) => key !== "id")
    .map((key) => [key, columns[key]!] as const);
  const assignments = sql.join(
    entries.map(([key, column]) => sql`${sql.identifier(column.name)} = v.${sql.identifier(key)}`),
    sql`, `,
  );
  const definitions = sql.join(
    [sql`id uuid`, ...entries.map(([key, column]) => sql`${sql.identifier(key)} ${sql.raw(column.getSQLType())}`)],
    sql`, `,
  );
  await tx.execute(
    sql`update ${table} set ${assignments} from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(${definitions}) where ${table}.id = v.id`,
  );
}

/** Each merge involving the person keeps what moved and when, not the contact details it recorded. */
export async function forgetMergedDetails(tx: Executor, mergeIds: string[]): Promise<void> {
  if (mergeIds.length === 0) return;
  await tx
    .update(candidateMerges)
    .set({ data: sql`${candidateMerges.data} - 'merged' - 'survivorBefore'` })
    .where(inArray(candidateMerges.id, mergeIds));
}

/**
 * The applications keep their job, stage and dates for the organisation's counts: active ones become
 * withdrawn, cover letters, tracking details and idempotency keys (bound to the email) go; one
 * `data_deleted` event each. The candidate row keeps `displayName` and no contact details.
 */
export async function anonymizePerson(tx: Executor, scope: ErasureScope, candidateId: string, displayName: string): Promise<void> {
  if (scope.applicationIds.length) {
    await tx
      .update(applications)
      .set({
        coverLetter: null,
        sourceDetails: {},
        idempotencyKey: null,
        idempotencyFingerprint: null,
        status: sql`case when ${applications.status} = 'active' then 'withdrawn'::application_status else ${applications.status} end`,
      })
      .where(inArray(applications.id, scope.applicationIds));
    await insertCandidateEvents(tx, scope, scope.applicationIds, "data_deleted");
  }
  await tx
    .update(candidates)
    .set({ name: displayName, email: sql`'deleted+' || ${candidates.id} || '@invalid'`, phone: null, location: null, links: [], anonymizedAt: new Date() })
    .where(eq(candidates.id, candidateId));
}
