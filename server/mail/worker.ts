import "server-only";
import { db } from "@/db/client";
import { claimDueEmails, MAX_ATTEMPTS, markFailed, markSent } from "@/db/queries/outbox";
import { queueScorecardReminders } from "@/db/queries/scorecards";
import { env } from "@/lib/env";
import { mailTransport, toMailOptions, type MailTransport } from "./transport";

const BATCH_SIZE = 10;
const INTERVAL_MS = 2_000;
/** Overdue scorecards are looked for far less often than mail is delivered: reminders are due by the day. */
const REMINDER_INTERVAL_MS = 60_000;

type DeliveryOptions = { transport?: MailTransport | null; from?: string };

/**
 * One pass over the outbox: claims what is due and sends it, marking each message sent or failed.
 * Never throws for a message that cannot be sent; the error is kept on the row and logged in one line.
 * Without a transport (SMTP_URL unset) it sends nothing and the messages stay pending.
 */
export async function deliverDueEmails({ transport = mailTransport(), from = env().MAIL_FROM }: DeliveryOptions = {}) {
  const result = { sent: 0, failed: 0 };
  if (!transport) return result;
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

const globalForWorker = globalThis as unknown as { candorMailWorker?: NodeJS.Timeout };

/** Delivers due mail every couple of seconds, once per process, without keeping the process alive. */
export function startMailWorker(): void {
  if (globalForWorker.candorMailWorker) return;
  let running = false;
  let lastReminderPass = 0;
  globalForWorker.candorMailWorker = setInterval(async () => {
    if (running) return;
    running = true;
    if (Date.now() - lastReminderPass >= REMINDER_INTERVAL_MS) {
      lastReminderPass = Date.now();
      try {
        await queueScorecardReminders(db());
      } catch (error) {
        console.error(`candor: scorecard reminder pass failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    try {
      await deliverDueEmails();
    } catch (error) {
      console.error(`candor: mail delivery pass failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
    }
  }, INTERVAL_MS).unref();
}

/**
 * SMTP 5xx replies (no such mailbox, policy refusal) will not change on retry; 4xx replies and
 * connection failures may, so only the former give up at once.
 */
function isPermanentRefusal(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}
