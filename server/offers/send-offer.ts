import "server-only";
import { createHash, randomUUID } from "node:crypto";
import type { Executor } from "@/db/client";
import { insertAccessToken } from "@/db/queries/applications";
import { enqueueEmail } from "@/db/queries/outbox";
import { insertLetterFile } from "@/db/queries/candidate-offers";
import { updateOfferAt } from "@/db/queries/offers";
import type { ApplicationInScope } from "@/db/queries/visibility";
import { findOrganizationSettings } from "@/db/queries/pipeline-rejection-settings";
import type { Offer } from "@/db/schema";
import { newStatusToken } from "@/lib/applications/tokens";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { offerEmail } from "@/lib/offers/emails";
import { DEFAULT_LETTER_TEMPLATE, formatDay, formatSalary, mergeLetter } from "@/lib/offers/letter";
import { renderLetterPdf } from "@/lib/offers/letter-pdf";
import type { AuditActor } from "@/server/audit/record-audit";
import { branded } from "@/server/mail/brand";
import { candidateReplyAddress } from "@/server/mail/reply-to";
import { fileStore } from "@/server/storage";
import { letterFonts } from "./letter-fonts";
import { OFFER_STALE } from "./offer-access";
import { emitOfferEvent } from "./offer-events";

/**
 * The last approval's consequence, in its transaction: the letter merged from the organisation's
 * template, rendered to PDF, kept in the file store, and emailed to the candidate with a fresh link to
 * their status page, where they answer. The offer becomes "approved" (sent) at `version`.
 */
export async function sendOffer(
  tx: Executor,
  offer: Offer,
  application: ApplicationInScope,
  approval: { version: number; approvalStep: number; actor: AuditActor },
): Promise<{ version: number }> {
  const organization = await findOrganizationSettings(tx, offer.organizationId);
  if (!organization) throw new AppError("NOT_FOUND", "This organisation no longer exists.");
  if (application.candidateAnonymized) throw new AppError("CONFLICT", "The candidate's data was deleted, so the offer cannot be sent.");
  const values = {
    candidate_name: application.candidateName,
    job_title: application.jobTitle,
    salary: formatSalary(offer.salaryAmount, offer.currency, offer.salaryPeriod),
    start_date: formatDay(offer.startDate),
    expiry: formatDay(offer.expiresOn),
    organization: organization.name,
    bonus: offer.bonus || "None",
    equity: offer.equity || "None",
  };
  const letter = mergeLetter(organization.settings.offerLetterTemplate ?? DEFAULT_LETTER_TEMPLATE, values);
  const pdf = await renderLetterPdf(letter, { title: `Offer: ${application.jobTitle}`, author: organization.name }, await letterFonts());
  const fileId = randomUUID();
  const storageKey = await fileStore().stage({ id: fileId, organizationId: offer.organizationId, mediaType: "application/pdf", data: pdf });
  await insertLetterFile(tx, {
    id: fileId,
    organizationId: offer.organizationId,
    candidateId: application.candidateId,
    applicationId: application.applicationId,
    originalName: "offer-letter.pdf",
    data: pdf,
    sha256: createHash("sha256").update(pdf).digest("hex"),
    storageKey,
  });
  const sent = await updateOfferAt(
    tx,
    { organizationId: offer.organizationId, offerId: offer.id, version: approval.version, status: "pending_approval" },
    { status: "approved", approvalStep: approval.approvalStep, letterFileId: fileId, sentAt: new Date() },
  );
  if (!sent) throw new AppError("STALE_VERSION", OFFER_STALE);
  const link = newStatusToken();
  await insertAccessToken(tx, offer.organizationId, application.candidateId, link.hash);
  const email = offerEmail({
    name: application.candidateName,
    jobTitle: application.jobTitle,
    organizationName: organization.name,
    expiry: values.expiry,
    statusUrl: `${env().APP_URL}/status/${link.token}`,
  });
  await enqueueEmail(tx, {
    organizationId: offer.organizationId,
    candidateId: application.candidateId,
    applicationId: application.applicationId,
    to: application.candidateEmail,
    replyTo: await candidateReplyAddress(tx, offer.organizationId, application.applicationId),
    ...branded(email, organization),
    attachments: [{ filename: "offer-letter.pdf", contentType: "application/pdf", content: new Uint8Array(pdf) }],
    dedupeKey: `offer-letter:${offer.id}`,
  });
  await emitOfferEvent(tx, {
    organizationId: offer.organizationId,
    offerId: offer.id,
    applicationId: application.applicationId,
    type: "offer_sent",
    action: "offer.sent",
    actor: approval.actor,
  });
  return { version: sent.version };
}
