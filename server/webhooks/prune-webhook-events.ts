import "server-only";
import { db } from "@/db/client";
import { clearExpiredWebhookSecrets, deleteWebhookEvents, lockFinishedWebhookEvents } from "@/db/queries/webhook-retention";
import { env } from "@/lib/env";

/**
 * Removes webhook events older than WEBHOOK_RETENTION_DAYS whose deliveries have all finished (delivered or
 * given up), with their deliveries and attempt log; an event still waiting or retrying stays however old.
 * At most `maxBatches` batches of `batch` events a run, each in its own short transaction, so one run never
 * holds locks for long; what is left goes next run. Also forgets rolled secrets past their overlap.
 * Idempotent: a second run finds nothing more to remove.
 */
export async function pruneWebhookEvents({ days = env().WEBHOOK_RETENTION_DAYS, batch = 1000, maxBatches = 50 } = {}): Promise<{ events: number; secrets: number }> {
  let events = 0;
  for (let run = 0; run < maxBatches; run++) {
    const { found, removed } = await db().transaction(async (tx) => {
      const ids = await lockFinishedWebhookEvents(tx, days, batch);
      return { found: ids.length, removed: await deleteWebhookEvents(tx, ids) };
    });
    events += removed;
    if (found < batch) break;
  }
  const secrets = await clearExpiredWebhookSecrets(db());
  return { events, secrets };
}
