import { createCipheriv, randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { databaseHandle } from "@/db/client";
import { replacePlainWebhookSecrets } from "@/db/queries/webhook-retention";
import { insertWebhookEvents, listWebhookDeliveries } from "@/db/queries/webhooks";
import { webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { tasks } from "@/server/background-jobs/registry";
import { setupTestDatabase } from "@/test/database";
import { acceptsWith, webhookEndpointsWithReceivers } from "@/test/webhooks/endpoints";
import { deliverDueWebhooks } from "./deliver-webhooks";
import { resealPlainWebhookSecrets } from "./reseal-webhook-secrets";
import { rollWebhookSecret } from "./roll-webhook-secret";
import { newWebhookSecret } from "./webhook-secret";

// A receiver on 127.0.0.1; set before anything reads the configuration.
process.env.WEBHOOK_ALLOW_PRIVATE = "1";

// The delivery pass and the reseal work on every organisation's endpoints: a database of this file's own.
const db = setupTestDatabase({ ownDatabase: true });

const { endpointWithReceiver, sendOneEvent } = webhookEndpointsWithReceivers(db);

const stored = async (endpointId: string) => (await db().select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpointId)))[0]!;

/** A value sealed as Candor seals, but with a key from another AUTH_SECRET: what changing AUTH_SECRET leaves behind. */
function sealedWithAnotherKey(plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", randomBytes(32), iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return `v1.${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString("base64url")}`;
}

const UNREADABLE = "The signing secret can't be read: AUTH_SECRET changed since it was made. Roll the secret.";

describe("webhook signing secrets at rest", { timeout: 60_000 }, () => {
  beforeAll(async () => {
    await databaseHandle().ready();
  });

  it("stores the secret sealed, never as shown, and signs with it: the receiver verifies with the secret shown once", async () => {
    const { org, admin, endpointId, secret, receiver } = await endpointWithReceiver();
    const row = await stored(endpointId);
    expect(row.secret).not.toMatch(/^whsec_/);
    expect(row.secret).not.toContain(secret.slice("whsec_".length, 20));
    expect((await sendOneEvent(org, receiver)).verified).toBe(true);

    // Rolled: the new secret is stored sealed too, the one it replaces stays sealed, and both sign.
    const rolled = await rollWebhookSecret(admin, { endpointId, secretVersion: 1 });
    const after = await stored(endpointId);
    expect(after.secret).not.toMatch(/^whsec_/);
    expect(after.secret).not.toContain(rolled.secret.slice("whsec_".length, 20));
    expect(after.previousSecret).toBe(row.secret);
    const request = await sendOneEvent(org, receiver);
    expect(acceptsWith(rolled.secret, request)).toBe(true);
    expect(acceptsWith(secret, request)).toBe(true);
  });

  it("signs with a secret stored in clear before sealing began, and the hourly webhooks.prune task seals it, once", async () => {
    const { org, endpointId, receiver } = await endpointWithReceiver();
    // As stored before this change: the customer holds these clear secrets.
    const plain = newWebhookSecret();
    const previousPlain = newWebhookSecret();
    await db()
      .update(webhookEndpoints)
      .set({ secret: plain, previousSecret: previousPlain, previousSecretExpiresAt: sql`now() + interval '1 hour'` })
      .where(eq(webhookEndpoints.id, endpointId));
    const before = await sendOneEvent(org, receiver);
    expect(acceptsWith(plain, before) && acceptsWith(previousPlain, before)).toBe(true);

    await tasks["webhooks.prune"].handler({}, { jobId: "test", attempt: 1, signal: new AbortController().signal });
    const resealed = await stored(endpointId);
    expect(resealed.secret).not.toMatch(/^whsec_/);
    expect(resealed.previousSecret).not.toMatch(/^whsec_/);
    // Idempotent: nothing is left in clear, and the sealed values stay as they are.
    expect(await resealPlainWebhookSecrets()).toBe(0);
    expect(await stored(endpointId)).toMatchObject({ secret: resealed.secret, previousSecret: resealed.previousSecret });

    // The same secrets still sign.
    const after = await sendOneEvent(org, receiver);
    expect(acceptsWith(plain, after) && acceptsWith(previousPlain, after)).toBe(true);
  });

  it("reseals a clear secret only while it is still that clear secret: a change in between wins", async () => {
    const { endpointId } = await endpointWithReceiver();
    const current = (await stored(endpointId)).secret;
    // Listed while "whsec_b2xk" was in clear, but changed before the write: the write leaves the new value alone.
    await db().update(webhookEndpoints).set({ previousSecret: "whsec_bmV3ZXI=", previousSecretExpiresAt: sql`now() + interval '1 hour'` }).where(eq(webhookEndpoints.id, endpointId));
    expect(await replacePlainWebhookSecrets(db(), [{ id: endpointId, plain: null, sealed: null, previousPlain: "whsec_b2xk", previousSealed: "v1.x" }])).toBe(0);
    expect(await stored(endpointId)).toMatchObject({ secret: current, previousSecret: "whsec_bmV3ZXI=" });
  });

  it("fails only the deliveries of an endpoint whose secret AUTH_SECRET's change made unreadable, saying so; rolling fixes it", async () => {
    const broken = await endpointWithReceiver();
    const healthy = await endpointWithReceiver();
    await db().update(webhookEndpoints).set({ secret: sealedWithAnotherKey(broken.secret) }).where(eq(webhookEndpoints.id, broken.endpointId));
    for (const { org } of [broken, healthy]) {
      await insertWebhookEvents(db(), org.organization.id, [{ type: "job.published", data: { job_id: org.job.id, status: "open", reopened: false } }]);
    }

    expect(await deliverDueWebhooks({ maxMs: 5_000 })).toEqual({ delivered: 1, failed: 1 });
    expect(healthy.receiver.requests.map((request) => request.verified)).toEqual([true]);
    // Nothing was sent unsigned; the attempt listed on the endpoint's page says why and what to do.
    expect(broken.receiver.requests).toHaveLength(0);
    const [delivery] = await listWebhookDeliveries(db(), broken.org.organization.id, broken.endpointId);
    expect(delivery!.status).toBe("pending");
    expect(delivery!.attempts.map((attempt) => attempt.error)).toEqual([UNREADABLE]);

    // Rolling gives a readable secret, which the customer puts in their receiver; the unreadable one it
    // replaces does not sign (it can't), and the waiting delivery goes through.
    const rolled = await rollWebhookSecret(broken.admin, { endpointId: broken.endpointId, secretVersion: 1 });
    broken.receiver.useSecret(rolled.secret);
    const receiver = broken.receiver;
    await db().update(webhookDeliveries).set({ nextAttemptAt: sql`now()` }).where(eq(webhookDeliveries.endpointId, broken.endpointId));
    expect(await deliverDueWebhooks({ maxMs: 5_000 })).toEqual({ delivered: 1, failed: 0 });
    expect(receiver.requests.map((request) => request.verified)).toEqual([true]);
    expect(receiver.requests[0]!.raw.headers["webhook-signature"]!.split(" ")).toHaveLength(1);
  });
});
