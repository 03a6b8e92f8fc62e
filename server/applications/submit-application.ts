import "server-only";
import { randomUUID } from "node:crypto";
import { findApplyTarget } from "@/db/queries/careers";
import { db } from "@/db/client";
import {
  findApplicationByIdempotencyKey,
  insertAccessToken,
  insertSubmission,
  type StagedDocument,
  type StoredDocument,
} from "@/db/queries/applications";
import { addressRule, recordHitUnlessLocked } from "@/db/queries/rate-limits";
import type { ActionResult } from "@/lib/action-result";
import { postgresErrorCode } from "@/lib/db-errors";
import { env } from "@/lib/env";
import { fileStore } from "@/server/storage";
import { AppError, fieldErrorsOf, GENERIC_ERROR_MESSAGE, VALIDATION_MESSAGE } from "@/lib/errors";
import { applicationSchema, groupAnswers, questionField, type ApplicationData } from "@/lib/validation/application";
import { acceptDocument, FileRejected, type AcceptedDocument, type AcceptOptions } from "@/lib/applications/files";
import { confirmationEmail } from "@/lib/applications/emails";
import { branded } from "@/server/mail/brand";
import { newApplicationReplyAddress } from "@/server/mail/reply-to";
import { asSubmission } from "./extract-resume-text";
import { newStatusToken } from "@/lib/applications/tokens";
import { requestFingerprint } from "@/lib/applications/request-fingerprint";
import { isExternal, referrerSite, UTM_KEYS } from "@/lib/applications/attribution";
import type { ApplicationSourceDetails } from "@/db/schema";

export type SubmittedApplication = { applicationId: string; statusToken: string };
/** `defaultSource`: the source of an application that names none and came from no other site ("Careers page"). */
export type SubmitContext = { ip: string; defaultSource?: string };

const NOT_ACCEPTING = "This job is not accepting applications. It may have closed; see the organisation's other openings.";
// Says nothing about the application the key was first used for: not whether it exists, nor for whom.
export const KEY_REUSED =
  "This form was already used to send a different application. Reload the page and submit again (API clients: send a new Idempotency-Key).";
const ALREADY_APPLIED =
  "You have already applied for this job with this email address. The confirmation email we sent you has a link to follow your application.";

/**
 * Takes an application from the form or the public API. Everything the candidate sent is validated
 * first (every field, every file by its bytes); then the candidate, application, answers, files, reply
 * address and confirmation email (its Reply-To that address) are written in one statement, so nothing is
 * ever stored half-way.
 * The same idempotency key submitted twice with the same content (job, email, every field and file) yields
 * the same application; with anything else it is refused, so a known key opens nobody else's record.
 */
export async function submitApplication(
  orgSlug: string,
  jobRef: { slug: string } | { publicId: number },
  raw: Record<string, unknown>,
  context: SubmitContext,
): Promise<ActionResult<SubmittedApplication>> {
  try {
    return { ok: true, data: await asSubmission(() => submit(orgSlug, jobRef, raw, context)) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, code: error.code, formError: error.message, fieldErrors: error.fieldErrors };
    console.error("candor: application failed", error);
    return { ok: false, code: "INTERNAL", formError: GENERIC_ERROR_MESSAGE };
  }
}

async function submit(
  orgSlug: string,
  jobRef: { slug: string } | { publicId: number },
  raw: Record<string, unknown>,
  { ip, defaultSource = "Careers page" }: SubmitContext,
): Promise<SubmittedApplication> {
  const target = await findApplyTarget(orgSlug, jobRef);
  if (!target?.job || !target.accepting) throw new AppError("NOT_FOUND", NOT_ACCEPTING);
  const { organization, job, questions } = target;
  if (!target.hasLiveStage) throw new Error(`job ${job.id} has no live pipeline stage`);

  const limit = addressRule("apply", ip, { limit: env().APPLY_RATE_LIMIT_PER_HOUR, windowMinutes: 60, lockMinutes: 60 });
  if (!(await recordHitUnlessLocked(limit))) {
    throw new AppError("RATE_LIMITED", "Too many applications have been sent from your network in the last hour. Please try again later.");
  }

  const parsed = applicationSchema(questions).safeParse(groupAnswers(raw));
  if (!parsed.success) {
    throw new AppError("VALIDATION", VALIDATION_MESSAGE, fieldErrorsOf(parsed.error));
  }
  const data = parsed.data;

  const checked = await checkDocuments(data, questions, { allowActiveContent: organization.settings.allowActiveContent === true });
  const email = data.email.toLowerCase();
  const fingerprint = requestFingerprint(job.id, email, data, new Map([...checked].map(([field, document]) => [field, document.sha256])));
  const documents = await stageDocuments(organization.id, checked);
  const statusLink = newStatusToken();
  const applicationId = randomUUID();
  // The receipt carries the application's reply address, as every later message to the candidate does, so an answer to it reaches the timeline.
  const reply = newApplicationReplyAddress();
  const { source, sourceDetails } = attribution(data, defaultSource);
  try {
    // One statement stores everything or nothing. A second application to this job, or a retry of a
    // submit that was already stored (the same idempotency key), fails on a unique index: see the catch.
    await insertSubmission(db(), {
      organizationId: organization.id,
      jobId: job.id,
      applicationId,
      candidate: {
        name: data.name,
        email,
        phone: data.phone,
        location: data.location,
        links: [
          ...(data.linkedin ? [{ label: "LinkedIn", url: data.linkedin }] : []),
          ...(data.github ? [{ label: "GitHub", url: data.github }] : []),
          ...(data.website ? [{ label: "Website", url: data.website }] : []),
        ],
      },
      application: {
        coverLetter: data.coverLetterText,
        source,
        sourceDetails,
        idempotencyKey: data.idempotencyKey,
        idempotencyFingerprint: fingerprint,
        event: { type: "applied", data: { source } },
      },
      documents: [...documents.values()],
      answers: questions.map((question) => {
        const key = questionField(question.id);
        return {
          questionId: question.id,
          value: question.type === "file" ? null : ((data.answers[key] as string | string[] | undefined) ?? null),
          fileId: documents.get(`answers.${key}`)?.id,
        };
      }),
      selfIdentification: { gender: data.gender, ethnicity: data.ethnicity, veteranStatus: data.veteranStatus, disability: data.disability },
      accessTokenHash: statusLink.hash,
      replyToken: reply?.token,
      confirmation: {
        to: email,
        replyTo: reply?.address,
        dedupeKey: `application-confirmation:${applicationId}`,
        ...branded(
          confirmationEmail({ name: data.name, jobTitle: job.title, organizationName: organization.name, statusUrl: `${env().APP_URL}/status/${statusLink.token}` }),
          organization,
        ),
      },
    });
    return { applicationId, statusToken: statusLink.token };
  } catch (error) {
    // Postgres refused the statement, so nothing was recorded and bytes already handed to an external
    // store must go too. After any other failure (the connection dropped) the application may have been
    // stored: its files stay, and the bucket sweep removes them later if no file row points at them.
    if (postgresErrorCode(error)) await fileStore().discard([...documents.values()].map((document) => document.storageKey));
    // Two submits racing, or a retry: the later one hits a unique index. The same key and content → the same
    // application; the same key with other content → refused; another key → a real duplicate.
    if (postgresErrorCode(error) === "23505") {
      const winner = await findApplicationByIdempotencyKey(db(), organization.id, data.idempotencyKey);
      if (winner && winner.fingerprint === fingerprint) return reissue(organization.id, winner);
      if (winner) throw new AppError("CONFLICT", KEY_REUSED);
      throw new AppError("ALREADY_APPLIED", ALREADY_APPLIED, { email: [ALREADY_APPLIED] });
    }
    throw error;
  }
}

/**
 * Where the applicant came from. The source is what the link said (`source`, then `utm_source`), else the
 * other site that sent them, named by its site ("linkedin.com"), else the way in (our careers page, the
 * API). A referrer on this very site (a hand-made form) is no referrer.
 */
function attribution(data: ApplicationData, defaultSource: string): { source: string; sourceDetails: ApplicationSourceDetails } {
  const utm = Object.fromEntries(UTM_KEYS.flatMap((key) => (data[`utm_${key}`] ? [[key, data[`utm_${key}`]]] : [])));
  const referrer = data.referrer && isExternal(data.referrer, [new URL(env().APP_URL).host]) ? data.referrer : undefined;
  const site = referrer ? referrerSite(referrer) : null;
  return {
    source: data.source ?? data.utm_source ?? site ?? defaultSource,
    sourceDetails: { ...(Object.keys(utm).length > 0 ? { utm } : {}), ...(referrer ? { referrer } : {}) },
  };
}

/**
 * A retried submit gets a fresh status link for the application it already created: only for the identical
 * submission (its fingerprint), whose sender holds every field and file byte the candidate sent.
 */
async function reissue(organizationId: string, application: { id: string; candidateId: string }): Promise<SubmittedApplication> {
  const statusLink = newStatusToken();
  await insertAccessToken(db(), organizationId, application.candidateId, statusLink.hash);
  return { applicationId: application.id, statusToken: statusLink.token };
}

/**
 * Hands each accepted file to the file store before the statement that records it: S3 uploads here (a
 * failed upload fails the submit with nothing recorded); with Postgres storage that statement writes the bytes.
 */
export async function stageDocuments(organizationId: string, documents: Map<string, StoredDocument>): Promise<Map<string, StagedDocument>> {
  const staged = new Map<string, StagedDocument>();
  try {
    for (const [field, document] of documents) {
      const id = randomUUID();
      const storageKey = await fileStore().stage({ id, organizationId, mediaType: document.mediaType, data: document.data });
      staged.set(field, { ...document, id, storageKey });
    }
  } catch (error) {
    await fileStore().discard([...staged.values()].map((document) => document.storageKey));
    throw error;
  }
  return staged;
}

/**
 * Checks every uploaded file (documents with macros or embedded objects only where the organisation
 * allows them); all problems are reported together, each next to its field.
 */
async function checkDocuments(data: ApplicationData, questions: { id: string; type: string; label: string }[], options: AcceptOptions) {
  const uploads: [string, File | undefined, string, StoredDocument["kind"]][] = [
    ["resume", data.resume, "Resume", "resume"],
    ["coverLetterFile", data.coverLetterFile, "Cover letter", "cover_letter"],
    ...questions
      .filter((q) => q.type === "file")
      .map((q): [string, File | undefined, string, StoredDocument["kind"]] => [
        `answers.${questionField(q.id)}`,
        data.answers[questionField(q.id)] as File | undefined,
        "This file",
        "answer",
      ]),
  ];
  const accepted = new Map<string, StoredDocument>();
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, file, label, kind] of uploads) {
    if (!file) continue;
    try {
      const document: AcceptedDocument = await acceptDocument(file, label, options);
      accepted.set(field, { ...document, kind });
    } catch (error) {
      if (!(error instanceof FileRejected)) throw error;
      fieldErrors[field] = [error.message];
    }
  }
  if (Object.keys(fieldErrors).length > 0) throw new AppError("VALIDATION", VALIDATION_MESSAGE, fieldErrors);
  return accepted;
}
