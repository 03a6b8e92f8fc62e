import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { databaseHandle } from "@/db/client";
import { createIsolatedOrganization } from "@/db/fixtures";
import { findWebhookEndpoint, listWebhookDeliveries } from "@/db/queries/webhooks";
import { auditEvents, webhookEndpoints } from "@/db/schema";
import { viewerOf } from "@/test/candidates";
import { setupTestDatabase } from "@/test/database";
import { acceptsWith, webhookEndpointsWithReceivers } from "@/test/webhooks/endpoints";
import { pruneWebhookEvents } from "./prune-webhook-events";
import { rollWebhookSecret } from "./roll-webhook-secret";
import { openWebhookSecret } from "./webhook-secret";

// A receiver on 127.0.0.1; set before anything reads the configuration.
process.env.WEBHOOK_ALLOW_PRIVATE = "1";

// The delivery pass sends every organisation's due deliveries: a database of this file's own.
const db = setupTestDatabase({ ownDatabase: true });

const { endpointWithReceiver, sendOneEvent } = webhookEndpointsWithReceivers(db);

/** The endpoint's row with its secrets unsealed (they are stored sealed: webhook-secret.test.ts). */
async function storedInClear(endpointId: string) {
  const [row] = await db().select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpointId));
  return { ...row!, secret: openWebhookSecret(row!.secret), previousSecret: row!.previousSecret === null ? null : openWebhookSecret(row!.previousSecret) };
}

describe("rolling a webhook endpoint's secret", { timeout: 60_000 }, () => {
  beforeAll(async () => {
    await databaseHandle().ready();
  });

  it("signs with the old and the new secret for 24 hours, so receivers with either accept; then with the new one alone", async () => {
    const { org, admin, endpointId, secret: oldSecret, receiver } = await endpointWithReceiver();
    const before = await sendOneEvent(org, receiver);
    expect(before.raw.headers["webhook-signature"]!.split(" ")).toHaveLength(1);
    expect(acceptsWith(oldSecret, before)).toBe(true);

    const { secretVersion } = (await findWebhookEndpoint(db(), org.organization.id, endpointId))!;
    const rolled = await rollWebhookSecret(admin, { endpointId, secretVersion });
    expect(rolled.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(rolled.secret).not.toBe(oldSecret);
    expect(rolled.secretVersion).toBe(secretVersion + 1);
    const hoursLeft = (rolled.previousSecretUntil.getTime() - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(23.9);
    expect(hoursLeft).toBeLessThanOrEqual(24);
    // Settings shows until when the old one signs; the secret itself is not listed anywhere.
    const summary = (await findWebhookEndpoint(db(), org.organization.id, endpointId))!;
    expect(summary).toMatchObject({ secretVersion: rolled.secretVersion, previousSecretUntil: rolled.previousSecretUntil });
    expect(JSON.stringify(summary)).not.toContain("whsec_");

    // During the overlap: two signatures; the receiver still on the old secret and one moved to the new both accept.
    const during = await sendOneEvent(org, receiver);
    expect(during.raw.headers["webhook-signature"]!.split(" ")).toHaveLength(2);
    expect(during.verified).toBe(true);
    expect(acceptsWith(oldSecret, during)).toBe(true);
    expect(acceptsWith(rolled.secret, during)).toBe(true);

    // 24 hours later the old secret signs nothing: the old receiver refuses, the new one accepts.
    await db()
      .update(webhookEndpoints)
      .set({ previousSecretExpiresAt: sql`now() - interval '1 second'` })
      .where(eq(webhookEndpoints.id, endpointId));
    expect((await findWebhookEndpoint(db(), org.organization.id, endpointId))!.previousSecretUntil).toBeNull();
    const after = await sendOneEvent(org, receiver);
    expect(after.raw.headers["webhook-signature"]!.split(" ")).toHaveLength(1);
    expect(after.verified).toBe(false);
    expect(acceptsWith(oldSecret, after)).toBe(false);
    expect(acceptsWith(rolled.secret, after)).toBe(true);
    // The old receiver's 401 is a failed attempt, to be retried.
    const [latest] = await listWebhookDeliveries(db(), org.organization.id, endpointId);
    expect(latest).toMatchObject({ status: "pending", attempts: [{ responseStatus: 401 }] });

    // The retention pass forgets the expired secret for good.
    await pruneWebhookEvents();
    const stored = await storedInClear(endpointId);
    expect(stored).toMatchObject({ secret: rolled.secret, previousSecret: null, previousSecretExpiresAt: null });

    const [audit] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organizationId, org.organization.id), sql`${auditEvents.details}->>'change' = 'secret_rolled'`));
    expect(audit).toMatchObject({ action: "organization.settings_changed", details: { setting: "webhooks", endpointId } });
    expect(JSON.stringify(audit!.details)).not.toContain("whsec_");
  });

  it("of two rolls from the same version, one wins and the other is refused, so no secret is dropped unseen", async () => {
    const { org, admin, endpointId, secret: first } = await endpointWithReceiver();
    const outcomes = await Promise.allSettled([rollWebhookSecret(admin, { endpointId, secretVersion: 1 }), rollWebhookSecret(admin, { endpointId, secretVersion: 1 })]);
    const won = outcomes.filter((outcome) => outcome.status === "fulfilled");
    const refused = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(won).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.reason).toMatchObject({ code: "STALE_VERSION", message: expect.stringMatching(/rolled this endpoint's secret since you opened the page/) });
    const winner = won[0]!.value;
    // The secret the winner was shown signs, and the original still signs beside it: nothing was lost.
    const stored = await storedInClear(endpointId);
    expect(stored).toMatchObject({ secret: winner.secret, previousSecret: first, secretVersion: 2 });
    const rolls = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organizationId, org.organization.id), sql`${auditEvents.details}->>'change' = 'secret_rolled'`));
    expect(rolls).toHaveLength(1);

    // Rolling again from what is now current works; the secret it replaces becomes the one that overlaps.
    const again = await rollWebhookSecret(admin, { endpointId, secretVersion: 2 });
    const later = await storedInClear(endpointId);
    expect(later).toMatchObject({ secret: again.secret, previousSecret: winner.secret, secretVersion: 3 });
  });

  it("is for admins of the endpoint's own organisation only", async () => {
    const { org, endpointId, secret } = await endpointWithReceiver();
    await expect(rollWebhookSecret(viewerOf(org, "recruiter"), { endpointId, secretVersion: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const other = await createIsolatedOrganization(db());
    await expect(rollWebhookSecret(viewerOf(other, "admin"), { endpointId, secretVersion: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(rollWebhookSecret(viewerOf(org, "admin"), { endpointId: "not-an-id", secretVersion: 1 })).rejects.toMatchObject({ code: "VALIDATION" });
    const stored = await storedInClear(endpointId);
    expect(stored).toMatchObject({ secret, previousSecret: null, secretVersion: 1 });
  });
});
