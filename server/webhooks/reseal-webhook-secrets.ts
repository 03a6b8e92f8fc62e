import "server-only";
import { db } from "@/db/client";
import { listPlainWebhookSecrets, replacePlainWebhookSecrets } from "@/db/queries/webhook-retention";
import { env } from "@/lib/env";
import { isPlainWebhookSecret, sealWebhookSecret } from "./webhook-secret";

/**
 * Seals signing secrets still stored in clear from before they were sealed (`whsec_...`), in every
 * organisation: part of the hourly `webhooks.prune` pass. Until then such a secret still signs as it is.
 * At most `maxBatches` batches of `batch` endpoints a run; each write replaces a value only while it is
 * still that clear text, so a roll in between wins. Idempotent: a second run finds nothing left in clear.
 * Without AUTH_SECRET there is nothing to seal with, and the secrets stay as they are.
 */
export async function resealPlainWebhookSecrets({ batch = 500, maxBatches = 10 } = {}): Promise<number> {
  if (!env().AUTH_SECRET) return 0;
  const sealIfPlain = (value: string | null) => (value !== null && isPlainWebhookSecret(value) ? { plain: value, sealed: sealWebhookSecret(value) } : { plain: null, sealed: null });
  let resealed = 0;
  for (let run = 0; run < maxBatches; run++) {
    const endpoints = await listPlainWebhookSecrets(db(), batch);
    const rows = endpoints.map((endpoint) => {
      const current = sealIfPlain(endpoint.secret);
      const previous = sealIfPlain(endpoint.previousSecret);
      return { id: endpoint.id, ...current, previousPlain: previous.plain, previousSealed: previous.sealed };
    });
    resealed += await replacePlainWebhookSecrets(db(), rows);
    if (endpoints.length < batch) break;
  }
  return resealed;
}
