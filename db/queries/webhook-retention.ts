import "server-only";
import { and, inArray, lt, lte, or, sql } from "drizzle-orm";
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

const startsPlain = (column: typeof webhookEndpoints.secret | typeof webhookEndpoints.previousSecret) => sql`starts_with(${column}, 'whsec_')`;

/** Up to `limit` endpoints of any organisation whose secret or previous secret is still stored in clear (`whsec_...`). */
export async function listPlainWebhookSecrets(executor: Executor, limit: number): Promise<{ id: string; secret: string; previousSecret: string | null }[]> {
  return executor
    .select({ id: webhookEndpoints.id, secret: webhookEndpoints.secret, previousSecret: webhookEndpoints.previousSecret })
    .from(webhookEndpoints)
    .where(or(startsPlain(webhookEndpoints.secret), startsPlain(webhookEndpoints.previousSecret)))
    .orderBy(webhookEndpoints.id)
    .limit(limit);
}

/**
 * Replaces each listed clear value with its sealed form, in one statement, but only where the column still
 * holds that clear value: a secret rolled or reset meanwhile is left as it now is. Returns how many rows changed.
 */
export async function replacePlainWebhookSecrets(
  executor: Executor,
  rows: { id: string; plain: string | null; sealed: string | null; previousPlain: string | null; previousSealed: string | null }[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const result = await executor.execute<{ id: string }>(sql`
    update ${webhookEndpoints} as e set
      secret = case when e.secret = v.plain then v.sealed else e.secret end,
      previous_secret = case when e.previous_secret = v.previous_plain then v.previous_sealed else e.previous_secret end
    from jsonb_to_recordset(${JSON.stringify(rows.map((row) => ({ id: row.id, plain: row.plain, sealed: row.sealed, previous_plain: row.previousPlain, previous_sealed: row.previousSealed })))}::jsonb)
      as v(id uuid, plain text, sealed text, previous_plain text, previous_sealed text)
    where e.id = v.id and (e.secret = v.plain or e.previous_secret = v.previous_plain)
    returning e.id`);
  return result.rows.length;
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
