import "server-only";
import { and, desc, eq, inArray, isNotNull, isNull, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { db, type Executor } from "../client";
import { applications, candidateMailPreferences, candidates, emailOutbox, type OutboxEmail } from "../schema";
import type { DueRecipientProblem } from "@/lib/mail/recipients";

/** Waits before the 2nd, 3rd... attempt; after the last one fails the message is given up as 'failed'. */
export const RETRY_DELAYS_MINUTES = [1, 5, 30, 120, 720] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MINUTES.length + 1;

/** How long a claimed message stays out of other workers' reach: well beyond one SMTP send with its timeouts. */
const CLAIM_MINUTES = 5;

const newEmailSchema = z.object({
  organizationId: z.uuid().nullish(),
  /** The candidate and application a message to a candidate is about: it then shows on their timeline. */
  candidateId: z.uuid().optional(),
  applicationId: z.uuid().optional(),
  to: z.email({ error: "must be one email address" }),
  /** Where the candidate's answer goes: the application's reply address. */
  replyTo: z.email().optional(),
  /** The member who composed it. */
  sentByUserId: z.uuid().optional(),
  /** A composed message about a hiring decision (reaches a candidate who asked for decisions only). */
  decision: z.boolean().optional(),
  subject: z.string().trim().min(1, "must not be empty").max(998),
  text: z.string(),
  html: z.string().optional(),
  attachments: z
    .array(z.object({ filename: z.string().min(1), contentType: z.string().min(1), content: z.instanceof(Uint8Array) }))
    .default([]),
  /** Set when the message must go out at most once for one cause, e.g. `application-confirmation:<id>`. */
  dedupeKey: z.string().min(1).max(200).optional(),
  /** Hold the message back this long (an undo window). Counted on the database clock, like every outbox time. */
  delaySeconds: z.number().int().min(0).max(7 * 24 * 3600).default(0),
  /** Or not before this instant (a message scheduled by its sender). */
  sendAt: z.date().optional(),
});

export type NewEmail = z.input<typeof newEmailSchema>;

/**
 * Queues a message. Pass the transaction that records its cause, so the message exists exactly when the
 * cause does. Returns the new id, or null when a message with this dedupeKey was already queued.
 */
export async function enqueueEmail(executor: Executor, message: NewEmail): Promise<string | null> {
  const [row] = await outboxInsert(executor, message).returning({ id: emailOutbox.id });
  return row?.id ?? null;
}

/**
 * The insert enqueueEmail runs, for a caller that makes it part of a larger statement. `references`
 * may name rows written earlier in that statement, as SQL.
 */
export function outboxInsert(executor: Executor, message: NewEmail, references: { candidateId?: SQL } = {}) {
  const parsed = newEmailSchema.safeParse(message);
  if (!parsed.success) {
    throw new Error(`Cannot queue email: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  }
  const { attachments, delaySeconds, sendAt, ...email } = parsed.data;
  return executor
    .insert(emailOutbox)
    .values({
      ...email,
      ...references,
      attachments: attachments.map((a) => ({ ...a, content: Buffer.from(a.content).toString("base64") })),
      sendAfter: sendAt ?? sql`now() + make_interval(secs => ${delaySeconds})`,
    })
    .onConflictDoNothing({ target: emailOutbox.dedupeKey });
}

const notClaimed = or(isNull(emailOutbox.lockedUntil), lt(emailOutbox.lockedUntil, sql`now()`));

/**
 * Withdraws a message that has not gone out yet. False when it is too late: already sent, failed, or
 * being sent by a worker at this moment.
 */
export async function cancelEmail(executor: Executor, organizationId: string, id: string): Promise<boolean> {
  const rows = await executor
    .update(emailOutbox)
    .set({ status: "cancelled", lockedUntil: null })
    .where(and(eq(emailOutbox.id, id), eq(emailOutbox.organizationId, organizationId), eq(emailOutbox.status, "pending"), notClaimed))
    .returning({ id: emailOutbox.id });
  return rows.length > 0;
}

/**
 * The address of the candidate a message is about, as it is now: a composed message goes there when it
 * falls due, not to the address it was queued with (corrected since, or the survivor's after a merge
 * moved the message). Null when the candidate is gone: erased, merged away, without an address, or no more.
 */
const currentCandidateAddress = sql`(select ${candidates.email} from ${candidates} where ${candidates.id} = ${emailOutbox.candidateId}
  and ${candidates.organizationId} = ${emailOutbox.organizationId} and ${candidates.anonymizedAt} is null and ${candidates.mergedIntoId} is null and btrim(${candidates.email}) <> '')`;
const candidateWhere = (condition: SQL) =>
  sql`exists (select 1 from ${candidates} where ${candidates.id} = ${emailOutbox.candidateId} and ${candidates.organizationId} = ${emailOutbox.organizationId} and ${condition})`;

// What lib/mail/recipients.ts decides when a message is composed, asked again of a composed message in the
// outbox: the candidate's data deleted (or no candidate left), merged away, or their address emptied, the
// application withdrawn, "decisions only" chosen. In this order: the first that holds is the reason given.
const composedProblems: Record<DueRecipientProblem, SQL> = {
  erased: sql`not ${candidateWhere(sql`${candidates.anonymizedAt} is null`)}`,
  merged: candidateWhere(sql`${candidates.mergedIntoId} is not null`),
  no_address: sql`${currentCandidateAddress} is null`,
  withdrawn: sql`exists (select 1 from ${applications} where ${applications.id} = ${emailOutbox.applicationId} and ${applications.status} = 'withdrawn')`,
  decisions_only: sql`(not ${emailOutbox.decision} and exists (select 1 from ${candidateMailPreferences} where ${candidateMailPreferences.candidateId} = ${emailOutbox.candidateId} and ${candidateMailPreferences.decisionsOnly}))`,
};
const unwanted = sql`(${isNotNull(emailOutbox.sentByUserId)} and (${sql.join(Object.values(composedProblems), sql` or `)}))`;

/**
 * Cancels the composed messages now due that their candidate may no longer get (one scheduled before the
 * candidate withdrew, say), keeping `reasons[problem]` as the row's last error. Returns how many.
 */
export async function cancelUnwantedComposedEmails(reasons: Record<DueRecipientProblem, string>): Promise<number> {
  const reason = sql.join(
    [sql`case`, ...(Object.keys(composedProblems) as DueRecipientProblem[]).map((p) => sql`when ${composedProblems[p]} then ${reasons[p]}::text`), sql`end`],
    sql` `,
  );
  const rows = await db()
    .update(emailOutbox)
    .set({ status: "cancelled", lockedUntil: null, lastError: reason })
    .where(and(eq(emailOutbox.status, "pending"), lte(emailOutbox.sendAfter, sql`now()`), notClaimed, unwanted))
    .returning({ id: emailOutbox.id });
  return rows.length;
}

/**
 * Takes up to `limit` due messages for this worker and counts the attempt. SKIP LOCKED lets several
 * processes claim at once without waiting for, or taking, each other's rows; the claim expires, so a
 * worker that dies mid-send only delays its messages. A composed message its candidate may no longer get
 * is never taken (cancelUnwantedComposedEmails cancels it); one that is taken is readdressed to its
 * candidate's address as it is now, which the row then keeps as the address it went to.
 */
export async function claimDueEmails(limit: number): Promise<OutboxEmail[]> {
  const due = db()
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.status, "pending"), lte(emailOutbox.sendAfter, sql`now()`), notClaimed, sql`not ${unwanted}`))
    .orderBy(emailOutbox.sendAfter)
    .limit(limit)
    .for("update", { skipLocked: true });
  return db()
    .update(emailOutbox)
    .set({
      lockedUntil: sql`now() + make_interval(mins => ${CLAIM_MINUTES})`,
      attempts: sql`${emailOutbox.attempts} + 1`,
      to: sql`case when ${isNotNull(emailOutbox.sentByUserId)} then ${currentCandidateAddress} else ${emailOutbox.to} end`,
    })
    .where(inArray(emailOutbox.id, due))
    .returning();
}

export async function markSent(id: string): Promise<void> {
  await db()
    .update(emailOutbox)
    .set({ status: "sent", sentAt: sql`now()`, lockedUntil: null, lastError: null })
    .where(eq(emailOutbox.id, id));
}

/**
 * Records a failed attempt (`attempts` counts it): schedules the next one, or gives up after the last,
 * or at once when the failure is permanent (the server refused the message for good).
 */
export async function markFailed(id: string, error: string, attempts: number, { permanent = false } = {}): Promise<void> {
  const delay = permanent ? undefined : RETRY_DELAYS_MINUTES[attempts - 1];
  await db()
    .update(emailOutbox)
    .set({
      lastError: error.slice(0, 1000),
      lockedUntil: null,
      ...(delay === undefined ? { status: "failed" as const } : { sendAfter: sql`now() + make_interval(mins => ${delay})` }),
    })
    .where(eq(emailOutbox.id, id));
}

const summary = {
  id: emailOutbox.id,
  to: emailOutbox.to,
  subject: emailOutbox.subject,
  status: emailOutbox.status,
  attempts: emailOutbox.attempts,
  lastError: emailOutbox.lastError,
  sendAfter: emailOutbox.sendAfter,
  sentAt: emailOutbox.sentAt,
  createdAt: emailOutbox.createdAt,
};

export type EmailSummary = Pick<OutboxEmail, keyof typeof summary>;

/** The organisation's latest messages, newest first, for the mail viewer. */
export async function listRecentEmails(organizationId: string, limit = 50): Promise<EmailSummary[]> {
  return db()
    .select(summary)
    .from(emailOutbox)
    .where(eq(emailOutbox.organizationId, organizationId))
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(limit);
}

export type EmailDetail = EmailSummary & {
  text: string;
  hasHtml: boolean;
  attachments: { filename: string; contentType: string }[];
};

export async function findEmail(organizationId: string, id: string): Promise<EmailDetail | null> {
  const [row] = await db()
    .select({ ...summary, text: emailOutbox.text, html: emailOutbox.html, attachments: emailOutbox.attachments })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.id, id), eq(emailOutbox.organizationId, organizationId)));
  if (!row) return null;
  const { html, attachments, ...rest } = row;
  return { ...rest, hasHtml: html !== null, attachments: attachments.map(({ filename, contentType }) => ({ filename, contentType })) };
}
