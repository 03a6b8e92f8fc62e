import "server-only";
import { and, asc, desc, eq, inArray, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import { db, type Executor } from "../client";
import {
  applicationReplyAddresses,
  applications,
  candidateMailPreferences,
  candidates,
  emailOutbox,
  emailTemplates,
  fileContents,
  files,
  inboundEmails,
  jobMembers,
  jobs,
  memberships,
  type InboundAttachment,
} from "../schema";
import { DATABASE_STORAGE_KEY } from "@/lib/files/storage-types";
import { inJobScope, type JobScope } from "./visibility";

// Email to candidates and their replies: templates, recipients, reply addresses, inbound messages and the
// candidate's "decisions only" choice. Every function is scoped by the organisation.

const templateColumns = {
  id: emailTemplates.id,
  name: emailTemplates.name,
  subject: emailTemplates.subject,
  body: emailTemplates.body,
  decision: emailTemplates.decision,
  version: emailTemplates.version,
  updatedAt: emailTemplates.updatedAt,
};

export async function listEmailTemplates(organizationId: string) {
  return db().select(templateColumns).from(emailTemplates).where(eq(emailTemplates.organizationId, organizationId)).orderBy(asc(sql`lower(${emailTemplates.name})`));
}

export type EmailTemplateRow = Awaited<ReturnType<typeof listEmailTemplates>>[number];

type TemplateValues = { name: string; subject: string; body: string; decision: boolean };

/** Throws the unique violation (23505) when the organisation has a template of that name. */
export async function insertEmailTemplate(executor: Executor, organizationId: string, values: TemplateValues) {
  const [row] = await executor.insert(emailTemplates).values({ organizationId, ...values }).returning(templateColumns);
  return row!;
}

/** Writes the template only at `version`; null when it is gone or someone else changed it first. */
export async function updateEmailTemplate(executor: Executor, organizationId: string, id: string, version: number, values: TemplateValues) {
  const [row] = await executor
    .update(emailTemplates)
    .set({ ...values, version: sql`${emailTemplates.version} + 1` })
    .where(and(eq(emailTemplates.id, id), eq(emailTemplates.organizationId, organizationId), eq(emailTemplates.version, version)))
    .returning(templateColumns);
  return row ?? null;
}

export async function deleteEmailTemplate(executor: Executor, organizationId: string, id: string): Promise<boolean> {
  const rows = await executor
    .delete(emailTemplates)
    .where(and(eq(emailTemplates.id, id), eq(emailTemplates.organizationId, organizationId)))
    .returning({ id: emailTemplates.id });
  return rows.length > 0;
}

/**
 * The applications a message is composed to, on jobs in `scope`, with their candidate, job, status, reply
 * token (when one was issued) and whether the candidate asked for decisions only. Ids outside the organisation
 * or the scope are simply absent.
 */
export async function listEmailRecipients(executor: Executor, scope: JobScope, applicationIds: string[]) {
  if (applicationIds.length === 0) return [];
  return executor
    .select({
      applicationId: applications.id,
      candidateId: candidates.id,
      name: candidates.name,
      email: candidates.email,
      gone: sql<boolean>`(${candidates.anonymizedAt} is not null or ${candidates.mergedIntoId} is not null)`,
      jobId: jobs.id,
      jobTitle: jobs.title,
      status: applications.status,
      replyToken: applicationReplyAddresses.token,
      decisionsOnly: sql<boolean>`coalesce(${candidateMailPreferences.decisionsOnly}, false)`,
    })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .leftJoin(applicationReplyAddresses, eq(applicationReplyAddresses.applicationId, applications.id))
    .leftJoin(candidateMailPreferences, eq(candidateMailPreferences.candidateId, candidates.id))
    .where(and(inArray(applications.id, applicationIds), eq(applications.organizationId, scope.organizationId), inJobScope(scope, applications.jobId)))
    .orderBy(asc(candidates.name), asc(applications.id));
}

export type EmailRecipient = Awaited<ReturnType<typeof listEmailRecipients>>[number];

/** Gives each application without one the proposed reply token; returns every application's token. */
export async function ensureReplyTokens(executor: Executor, organizationId: string, proposed: { applicationId: string; token: string }[]) {
  if (proposed.length === 0) return new Map<string, string>();
  await executor
    .insert(applicationReplyAddresses)
    .values(proposed.map((p) => ({ ...p, organizationId })))
    .onConflictDoNothing({ target: applicationReplyAddresses.applicationId });
  const rows = await executor
    .select({ applicationId: applicationReplyAddresses.applicationId, token: applicationReplyAddresses.token })
    .from(applicationReplyAddresses)
    .where(
      and(
        eq(applicationReplyAddresses.organizationId, organizationId),
        inArray(
          applicationReplyAddresses.applicationId,
          proposed.map((p) => p.applicationId),
        ),
      ),
    );
  return new Map(rows.map((row) => [row.applicationId, row.token]));
}

/**
 * The application a reply token belongs to, with its organisation (the token is the only thing a reply
 * brings, so this is the one query not given an organisation: the token decides it).
 */
export async function findApplicationByReplyToken(executor: Executor, token: string) {
  const [row] = await executor
    .select({
      organizationId: applications.organizationId,
      applicationId: applications.id,
      candidateId: applications.candidateId,
      jobId: applications.jobId,
      candidateEmail: candidates.email,
      candidateGone: sql<boolean>`(${candidates.anonymizedAt} is not null)`,
    })
    .from(applicationReplyAddresses)
    .innerJoin(applications, and(eq(applications.id, applicationReplyAddresses.applicationId), eq(applications.organizationId, applicationReplyAddresses.organizationId)))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(eq(applicationReplyAddresses.token, token))
    .limit(1);
  return row ?? null;
}

/** Stores a reply once per Message-ID; null when it was stored before (a forwarder's retry). */
export async function insertInboundEmail(
  executor: Executor,
  row: {
    organizationId: string;
    applicationId: string;
    candidateId: string;
    fromAddress: string;
    fromOtherAddress: boolean;
    automatic: boolean;
    subject: string;
    text: string;
    messageId: string;
    attachments: InboundAttachment[];
  },
): Promise<string | null> {
  const [inserted] = await executor
    .insert(inboundEmails)
    .values(row)
    .onConflictDoNothing({ target: [inboundEmails.organizationId, inboundEmails.messageId] })
    .returning({ id: inboundEmails.id });
  return inserted?.id ?? null;
}

/**
 * Who hears about a reply: the job's hiring-team recruiters and whoever wrote to the candidate about this
 * application, while they are active members.
 */
export async function listReplyWatchers(executor: Executor, organizationId: string, jobId: string, applicationId: string): Promise<string[]> {
  const rows = await executor
    .selectDistinct({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.organizationId, organizationId),
        isNull(memberships.deactivatedAt),
        or(
          inArray(
            memberships.userId,
            executor
              .select({ userId: jobMembers.userId })
              .from(jobMembers)
              .where(and(eq(jobMembers.organizationId, organizationId), eq(jobMembers.jobId, jobId), eq(jobMembers.role, "recruiter"))),
          ),
          inArray(
            memberships.userId,
            executor
              .select({ userId: sql<string>`${emailOutbox.sentByUserId}` })
              .from(emailOutbox)
              .where(and(eq(emailOutbox.organizationId, organizationId), eq(emailOutbox.applicationId, applicationId), isNotNull(emailOutbox.sentByUserId))),
          ),
        ),
      ),
    );
  return rows.map((row) => row.userId);
}

/** The candidate's replies, newest first, for the timeline. */
export async function listCandidateReplies(organizationId: string, candidateId: string) {
  return db()
    .select({
      id: inboundEmails.id,
      applicationId: inboundEmails.applicationId,
      fromAddress: inboundEmails.fromAddress,
      fromOtherAddress: inboundEmails.fromOtherAddress,
      automatic: inboundEmails.automatic,
      subject: inboundEmails.subject,
      text: inboundEmails.text,
      attachments: inboundEmails.attachments,
      receivedAt: inboundEmails.receivedAt,
    })
    .from(inboundEmails)
    .where(and(eq(inboundEmails.organizationId, organizationId), eq(inboundEmails.candidateId, candidateId)))
    .orderBy(desc(inboundEmails.receivedAt))
    .limit(100);
}

export type CandidateReply = Awaited<ReturnType<typeof listCandidateReplies>>[number];

/**
 * Withdraws a composed message to the candidate that has not gone out and is not being sent. False when
 * it is too late, or the message is not a composed one about this candidate.
 */
export async function cancelComposedEmail(executor: Executor, organizationId: string, candidateId: string, emailId: string): Promise<boolean> {
  const rows = await executor
    .update(emailOutbox)
    .set({ status: "cancelled", lockedUntil: null })
    .where(
      and(
        eq(emailOutbox.id, emailId),
        eq(emailOutbox.organizationId, organizationId),
        eq(emailOutbox.candidateId, candidateId),
        isNotNull(emailOutbox.sentByUserId),
        eq(emailOutbox.status, "pending"),
        or(isNull(emailOutbox.lockedUntil), lt(emailOutbox.lockedUntil, sql`now()`)),
      ),
    )
    .returning({ id: emailOutbox.id });
  return rows.length > 0;
}

/** The candidate's choice from their status page. */
export async function setDecisionsOnly(executor: Executor, organizationId: string, candidateId: string, decisionsOnly: boolean) {
  await executor
    .insert(candidateMailPreferences)
    .values({ organizationId, candidateId, decisionsOnly })
    .onConflictDoUpdate({ target: candidateMailPreferences.candidateId, set: { decisionsOnly, updatedAt: sql`now()` } });
}

export async function isDecisionsOnly(organizationId: string, candidateId: string): Promise<boolean> {
  const [row] = await db()
    .select({ decisionsOnly: candidateMailPreferences.decisionsOnly })
    .from(candidateMailPreferences)
    .where(and(eq(candidateMailPreferences.organizationId, organizationId), eq(candidateMailPreferences.candidateId, candidateId)));
  return row?.decisionsOnly ?? false;
}

export type StoredAttachment = {
  id: string;
  originalName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  data: Buffer;
  extractedText: string | null;
  textPending: boolean;
};

/** A reply's accepted attachments as the application's files ("other"), their bytes too when stored in Postgres. */
export async function insertAttachmentFiles(
  executor: Executor,
  owner: { organizationId: string; candidateId: string; applicationId: string },
  attachments: StoredAttachment[],
) {
  if (attachments.length === 0) return;
  await executor.insert(files).values(
    attachments.map((a) => ({
      ...owner,
      id: a.id,
      kind: "other" as const,
      originalName: a.originalName,
      mediaType: a.mediaType,
      sizeBytes: a.sizeBytes,
      sha256: a.sha256,
      storageKey: a.storageKey,
      extractedText: a.extractedText,
      textPending: a.textPending,
    })),
  );
  const bytes = attachments.filter((a) => a.storageKey === DATABASE_STORAGE_KEY);
  if (bytes.length > 0) await executor.insert(fileContents).values(bytes.map((a) => ({ fileId: a.id, data: a.data })));
}
