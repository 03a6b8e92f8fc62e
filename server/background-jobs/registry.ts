import "server-only";
import { z } from "zod";
import { sendScorecardReminders } from "@/server/scorecards/send-scorecard-reminders";
import { env } from "@/lib/env";
import { extractTextPass } from "@/server/applications/extract-resume-text";
import { deliverAllDueEmails } from "@/server/mail/worker";
import { sweepOrphanedObjects } from "@/server/storage";
import { pruneAuditLog } from "@/server/audit/prune-audit-log";
import { sendPasswordResetLink } from "@/server/accounts/send-password-reset";
import { webhookDeliveryTask } from "@/server/webhooks/deliver-webhooks";
import { pruneWebhookEvents } from "@/server/webhooks/prune-webhook-events";
import { resealPlainWebhookSecrets } from "@/server/webhooks/reseal-webhook-secrets";
import { defineTask, type TaskRegistry } from "./task";

const noPayload = z.object({}).strict();

/**
 * Every kind of background work Candor does: name -> payload schema -> handler. The email outbox and
 * files awaiting text are the durable records, written in the transaction of their cause; the passes
 * below drain them with claims (SKIP LOCKED), so a message is sent once however many servers run.
 */
export const tasks = {
  /** Sends due outbox messages (the rejection email's undo window is its send_after) every 2 seconds. */
  "mail.deliver": defineTask({
    schema: noPayload,
    handler: async () => {
      await deliverAllDueEmails();
    },
    policy: "stately",
    retry: { limit: 0, delaySeconds: 0, backoff: false },
    repeatSeconds: 2,
    repeatAfterFailureSeconds: 60,
    // A pass whose server died blocks the next until it expires; the outbox claims last 5 minutes too.
    expireInSeconds: 5 * 60,
    enabled: () => Boolean(env().SMTP_URL),
  }),
  /** Reads the text of uploaded resumes for search, yielding to candidates' submissions in this process. */
  "applications.extract-text": defineTask({
    schema: noPayload,
    handler: async () => {
      await extractTextPass();
    },
    policy: "stately",
    retry: { limit: 0, delaySeconds: 0, backoff: false },
    repeatSeconds: 2,
    repeatAfterFailureSeconds: 60,
    expireInSeconds: 5 * 60,
  }),
  /** Queues reminder emails for overdue scorecards; reminders are due by the day, so once a minute is plenty. */
  "scorecards.remind": defineTask({
    schema: noPayload,
    handler: async () => {
      await sendScorecardReminders();
    },
    policy: "stately",
    schedule: "* * * * *",
    retry: { limit: 2, delaySeconds: 30, backoff: true },
    // As before: without SMTP there is no one to remind by mail.
    enabled: () => Boolean(env().SMTP_URL),
  }),
  /** Removes bucket objects a crash left without their database row. */
  "storage.sweep": defineTask({
    schema: noPayload,
    handler: async () => {
      const removed = await sweepOrphanedObjects();
      if (removed > 0) console.log(`candor: removed ${removed} orphaned file(s) from the bucket`);
    },
    policy: "stately",
    schedule: "0 * * * *",
    retry: { limit: 2, delaySeconds: 60, backoff: true },
    enabled: () => Boolean(env().S3_BUCKET),
  }),
  /** Removes audit log entries past their retention period (AUDIT_RETENTION_DAYS or the organisation's own), daily. */
  "audit.prune": defineTask({
    schema: noPayload,
    handler: async () => {
      const removed = await pruneAuditLog();
      if (removed > 0) console.log(`candor: removed ${removed} audit log entr${removed === 1 ? "y" : "ies"} past their retention period`);
    },
    policy: "stately",
    schedule: "17 3 * * *",
    retry: { limit: 2, delaySeconds: 300, backoff: true },
  }),
  /**
   * Emails a reset link to the address typed on the forgot-password page, when it has an account. The
   * page only queues this, the same way for every address, so its timing tells no one which have one.
   */
  "accounts.password-reset": defineTask({
    schema: z.object({ email: z.string().min(1).max(320), ip: z.string().max(64).nullable(), userAgent: z.string().max(512).nullable() }).strict(),
    handler: async (request, { jobId }) => {
      await sendPasswordResetLink(request, jobId);
    },
    retry: { limit: 3, delaySeconds: 30, backoff: true },
  }),
  /** Sends due webhook deliveries (signed, retried with back-off for 24 hours) every 2 seconds. */
  "webhooks.deliver": webhookDeliveryTask,
  /**
   * Removes webhook events past WEBHOOK_RETENTION_DAYS whose deliveries all finished, with their attempts,
   * a bounded number a run: hourly, so a busy day's events are gone within the next few runs. Also seals
   * signing secrets still stored in clear from before they were sealed.
   */
  "webhooks.prune": defineTask({
    schema: noPayload,
    handler: async () => {
      const { events } = await pruneWebhookEvents();
      if (events > 0) console.log(`candor: removed ${events} webhook event${events === 1 ? "" : "s"} past their retention period`);
      const resealed = await resealPlainWebhookSecrets();
      if (resealed > 0) console.log(`candor: sealed the signing secrets of ${resealed} webhook endpoint${resealed === 1 ? "" : "s"} stored in clear`);
    },
    policy: "stately",
    schedule: "41 * * * *",
    retry: { limit: 2, delaySeconds: 300, backoff: true },
  }),
} satisfies TaskRegistry;

export type TaskName = keyof typeof tasks;
export type TaskPayload<N extends TaskName> = z.input<(typeof tasks)[N]["schema"]>;
