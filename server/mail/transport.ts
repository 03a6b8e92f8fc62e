import "server-only";
import nodemailer from "nodemailer";
import type { OutboxEmail } from "@/db/schema";
import { env } from "@/lib/env";

/** What the worker needs from a transport: nodemailer's, or anything that sends the same way. */
export type MailTransport = { sendMail: (message: nodemailer.SendMailOptions) => Promise<unknown> };

/**
 * An SMTP transport for smtp(s)://user:password@host:port. Timeouts are far shorter than nodemailer's
 * defaults (up to 10 minutes) so one stuck server cannot hold a claimed message past its claim.
 */
export function createMailTransport(smtpUrl: string): MailTransport {
  return nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
}

const globalForMail = globalThis as unknown as { candorMailTransport?: MailTransport };

/**
 * The transport configured by SMTP_URL, or null when it is unset: mail then stays queued in the
 * outbox, undelivered, and the development mail viewer shows it.
 */
export function mailTransport(): MailTransport | null {
  const { SMTP_URL } = env();
  if (!SMTP_URL) return null;
  globalForMail.candorMailTransport ??= createMailTransport(SMTP_URL);
  return globalForMail.candorMailTransport;
}

export function isMailDeliveryConfigured(): boolean {
  return Boolean(env().SMTP_URL);
}

export function toMailOptions(email: OutboxEmail, from: string): nodemailer.SendMailOptions {
  return {
    from,
    to: email.to,
    replyTo: email.replyTo ?? undefined,
    subject: email.subject,
    text: email.text,
    html: email.html ?? undefined,
    attachments: email.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content, encoding: "base64" })),
  };
}
