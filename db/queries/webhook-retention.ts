import "server-only";
import { and, inArray, lt, lte, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { webhookDeliveries, webhookEndpoints, webhookEvents } from "../schema";

// The webhooks.prune pass's statements: across every organisation, as the pass is the system's own upkeep.

/** Forgets previous secrets whose overlap is over, in every organisation: they no longer sign anything. */
export async function clearExpiredWebhookSecrets(executor: Executor): Promise<number> {
  const rows = await executor
    .update(webhookEndpoints)
    .set({ previousSecret: null, previousSecretExpiresAt: null })
    .where(lte(webhookEndpoints.previousSecretExpiresAt, sql`now()`))
    .returning({ id: webhookEndpoints.id });
  return rows.length;
}

/** No delivery of the event still waits or retries. */
const noDeliveryPending = sql`not exists (select 1 from ${webhookDeliveries} where ${webhookDeliveries.eventId} = ${webhookEvents.id} and ${webhookDeliveries.status} = 'pending')`;

/**
 * Up to `batch` events of any organisation older than `days` none of whose deliveries still waits or
 * retries, oldest first; locks them and their deliveries until the caller's transaction ends, so no
 * redelivery can start on one between this and `deleteWebhookEvents`. Events another pass holds are skipped.
 */
export async function lockFinishedWebhookEvents(executor: Executor, days: number, batch: number): Promise<string[]> {
  const events = await executor
    .select({ id: webhookEvents.id })
    .from(webhookEvents)
    .where(
      and(
        lt(webhookEvents.createdAt, sql`now() - make_interval(days => ${days})`),
        noDeliveryPending,
      ),
    )
    .orderBy(webhookEvents.createdAt)
    .limit(batch)
    .for("update", { skipLocked: true });
  const ids = events.map((event) => event.id);
  if (ids.length > 0) await executor.select({ id: webhookDeliveries.id }).from(webhookDeliveries).where(inArray(webhookDeliveries.eventId, ids)).for("update");
  return ids;
}

/**
 * Deletes these events with their deliveries and attempts, except any whose delivery was made pending
 * again before `lockFinishedWebhookEvents` locked it (checked afresh here). Returns how many went.
 */
export async function deleteWebhookEvents(executor: Executor, eventIds: string[]): Promise<number> {
  if (eventIds.length === 0) return 0;
  const rows = await executor
    .delete(webhookEvents)
    .where(
      and(
        inArray(webhookEvents.id, eventIds),
        noDeliveryPending,
      ),
    )
    .returning({ id: webhookEvents.id });
  return rows.length;
}
