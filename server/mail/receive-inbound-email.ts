import "server-only";
import { randomUUID } from "node:crypto";
import { simpleParser, type AddressObject, type Attachment, type ParsedMail } from "mailparser";
import { db } from "@/db/client";
import { findApplicationByReplyToken, insertAttachmentFiles, insertInboundEmail, listReplyWatchers, type StoredAttachment } from "@/db/queries/candidate-mail";
import { insertNotifications } from "@/db/queries/notifications";
import { acceptDocument, FileRejected } from "@/lib/applications/files";
import type { InboundAttachment } from "@/db/schema";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { replyTokenOf } from "@/lib/mail/reply-address";
import { isAutomaticReply } from "@/lib/mail/automatic-reply";
import { replyTextOf } from "@/lib/mail/reply-text";
import { fileStore } from "@/server/storage";

/** Raw MIME larger than this is refused before it is parsed. */
export const MAX_INBOUND_BYTES = 25 * 1024 * 1024;
/** Attachments kept from one reply; any beyond are listed as refused. */
export const MAX_INBOUND_ATTACHMENTS = 10;

export type ReceivedReply = { stored: boolean; inboundEmailId: string | null; applicationId: string };

const addressesOf = (field: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((group) => group.value).flatMap((a) => (a.address ? [a.address] : []));

/** Every address the message was delivered to: To and Cc, and the envelope headers forwarders add. */
function recipientsOf(mail: ParsedMail): string[] {
  const envelope = ["delivered-to", "x-original-to", "envelope-to"].flatMap((name) => {
    const value = mail.headers.get(name);
    const values = Array.isArray(value) ? value : value ? [value] : [];
    return values.flatMap((v) => (typeof v === "string" ? [v.replace(/[<>]/g, "").trim()] : typeof v === "object" && v && "value" in v ? addressesOf(v as AddressObject) : []));
  });
  return [...addressesOf(mail.to), ...addressesOf(mail.cc), ...envelope];
}

/** One header's value as text (mailparser parses some headers into objects; those have a `value`). */
function headerText(mail: ParsedMail, name: string): string | undefined {
  const value = mail.headers.get(name);
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "object" && "value" in value && typeof value.value === "string") return value.value;
  return String(value);
}

/** Each attachment checked like an upload (type by its bytes, no macros) and staged in the file store; the refused ones say why. */
async function acceptAttachments(organizationId: string, attachments: Attachment[]) {
  const accepted: StoredAttachment[] = [];
  const listed: InboundAttachment[] = [];
  for (const [index, attachment] of attachments.filter((a) => a.contentDisposition !== "inline" || a.filename).entries()) {
    const filename = (attachment.filename ?? `attachment-${index + 1}`).slice(-200);
    if (index >= MAX_INBOUND_ATTACHMENTS) {
      listed.push({ filename, refused: `Only the first ${MAX_INBOUND_ATTACHMENTS} attachments are kept.` });
      continue;
    }
    try {
      const document = await acceptDocument(new File([new Uint8Array(attachment.content)], filename), `The attachment ${filename}`);
      const id = randomUUID();
      const storageKey = await fileStore().stage({ id, organizationId, mediaType: document.mediaType, data: document.data });
      accepted.push({ id, storageKey, ...document });
      listed.push({ fileId: id, filename: document.originalName });
    } catch (error) {
      if (!(error instanceof FileRejected)) {
        await fileStore().discard(accepted.map((a) => a.storageKey));
        throw error;
      }
      listed.push({ filename, refused: error.message });
    }
  }
  return { accepted, listed };
}

/**
 * A candidate's reply, as raw MIME from the inbound mail forwarder: the reply+<token>@ address it was
 * sent to names the application; the new text (quotes and signature stripped) goes on its timeline with
 * the attachments that pass the upload checks, and the application's recruiters are notified. A reply
 * from another address than the candidate's is kept too, marked as such for the timeline; an automatic
 * one (out of office) is kept and marked, and notifies nobody. An unknown
 * token stores nothing. A message already stored (same Message-ID) is accepted again and changes nothing.
 */
export async function receiveInboundEmail(raw: Buffer): Promise<ReceivedReply> {
  const domain = env().INBOUND_EMAIL_DOMAIN;
  if (!domain) throw new AppError("NOT_FOUND", "Inbound email is not configured.");
  if (raw.length > MAX_INBOUND_BYTES) throw new AppError("VALIDATION", "The message is too large.");
  const mail = await simpleParser(raw, { skipHtmlToText: false, skipImageLinks: true });
  const token = replyTokenOf(recipientsOf(mail), domain);
  const application = token ? await findApplicationByReplyToken(db(), token) : null;
  if (!application || application.candidateGone) throw new AppError("NOT_FOUND", "No application has this reply address.");

  const from = addressesOf(mail.from)[0]?.trim() ?? "unknown";
  const automatic = isAutomaticReply((name) => headerText(mail, name));
  const text = replyTextOf(mail.text ?? "");
  const messageId = (mail.messageId ?? `<no-id-${Date.now()}-${randomUUID()}>`).slice(0, 998);
  const { accepted, listed } = await acceptAttachments(application.organizationId, mail.attachments);
  try {
    return await db().transaction(async (tx) => {
      const owner = { organizationId: application.organizationId, applicationId: application.applicationId, candidateId: application.candidateId };
      const inboundEmailId = await insertInboundEmail(tx, {
        ...owner,
        fromAddress: from.slice(0, 320),
        // Accepted all the same (the token is the secret, and people answer from their other accounts), but the team sees it.
        fromOtherAddress: from.toLowerCase() !== application.candidateEmail.trim().toLowerCase(),
        automatic,
        subject: (mail.subject ?? "(no subject)").slice(0, 998),
        text,
        messageId,
        attachments: listed,
      });
      if (!inboundEmailId) {
        await fileStore().discard(accepted.map((a) => a.storageKey));
        return { stored: false, inboundEmailId: null, applicationId: application.applicationId };
      }
      await insertAttachmentFiles(tx, owner, accepted);
      // An out-of-office answer is on the timeline for whoever looks, but nobody is called to it.
      const watchers = automatic ? [] : await listReplyWatchers(tx, application.organizationId, application.jobId, application.applicationId);
      await insertNotifications(
        tx,
        watchers.map((userId) => ({
          organizationId: application.organizationId,
          userId,
          type: "email_reply" as const,
          candidateId: application.candidateId,
          data: { inboundEmailId, applicationId: application.applicationId, excerpt: text.slice(0, 140) },
        })),
      );
      return { stored: true, inboundEmailId, applicationId: application.applicationId };
    });
  } catch (error) {
    await fileStore().discard(accepted.map((a) => a.storageKey));
    throw error;
  }
}
