import "server-only";
import { cancelUnwantedComposedEmails, claimDueEmails, MAX_ATTEMPTS, markFailed, markSent } from "@/db/queries/outbox";
import { DUE_RECIPIENT_PROBLEMS } from "@/lib/mail/recipients";
import { env } from "@/lib/env";
import { mailTransport, toMailOptions, type MailTransport } from "./transport";

const BATCH_SIZE = 10;

type DeliveryOptions = { transport?: MailTransport | null; from?: string };

/**
 * One pass over the outbox (the `mail.deliver` job runs one every couple of seconds, server/jobs): claims what is due and sends it, marking each message sent or failed.
 * Never throws for a message that cannot be sent; the error is kept on the row and logged in one line.
 * Without a transport (SMTP_URL unset) it sends nothing and the messages stay pending.
 * A composed message is checked again when due: one whose candidate has since withdrawn, been erased or
 * merged away, been left with no address, or asked for decisions only (and it is no decision) is cancelled
 * with that reason, not sent; one still
 * wanted goes to the candidate's address as it is now (claimDueEmails), not the one it was queued with.
 */
export async function deliverDueEmails({ transport = mailTransport(), from = env().MAIL_FROM }: DeliveryOptions = {}) {
  const result = { sent: 0, failed: 0 };
  if (!transport) return result;
  await cancelUnwantedComposedEmails(DUE_RECIPIENT_PROBLEMS);
  const emails = await claimDueEmails(BATCH_SIZE);
  await Promise.all(
    emails.map(async (email) => {
      try {
        await transport.sendMail(toMailOptions(email, from));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const permanent = isPermanentRefusal(error);
        console.error(`candor: email ${email.id} not sent (attempt ${email.attempts} of ${MAX_ATTEMPTS}${permanent ? ", refused for good" : ""}): ${message}`);
        await markFailed(email.id, message, email.attempts, { permanent });
        result.failed++;
        return;
      }
      await markSent(email.id);
      result.sent++;
    }),
  );
  return result;
}

/**
 * Passes over the outbox until nothing more is due, or for about `maxMs`: a burst (a bulk rejection's
 * emails) goes out in one job run instead of ten messages per run.
 */
export async function deliverAllDueEmails({ maxMs = 20_000, ...options }: DeliveryOptions & { maxMs?: number } = {}) {
  const total = { sent: 0, failed: 0 };
  const started = Date.now();
  for (;;) {
    const { sent, failed } = await deliverDueEmails(options);
    total.sent += sent;
    total.failed += failed;
    if (sent + failed < BATCH_SIZE || Date.now() - started > maxMs) return total;
  }
}

/**
 * SMTP 5xx replies (no such mailbox, policy refusal) will not change on retry; 4xx replies and
 * connection failures may, so only the former give up at once.
 */
function isPermanentRefusal(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}
