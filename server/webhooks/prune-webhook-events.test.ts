import { eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { databaseHandle } from "@/db/client";
import { createIsolatedOrganization } from "@/db/fixtures";
import { insertWebhookEndpoint, insertWebhookEvents } from "@/db/queries/webhooks";
import { webhookAttempts, webhookDeliveries, webhookEvents } from "@/db/schema";
import { tasks } from "@/server/background-jobs/registry";
import { setupTestDatabase } from "@/test/database";
import { redeliverWebhook } from "./manage-webhook-endpoint";
import { pruneWebhookEvents } from "./prune-webhook-events";
import { viewerOf } from "@/test/candidates";

// The pass prunes every organisation's events: a database of this file's own, so counts are this file's.
const db = setupTestDatabase({ ownDatabase: true });

type Status = "pending" | "succeeded" | "failed";

/**
 * One event per entry, `daysOld` days old, delivered to one endpoint per status given (each with two
 * finished attempts), as the delivery pass would have left them.
 */
async function eventsOf(organizationId: string, specs: { daysOld: number; statuses: Status[] }[]) {
  const width = Math.max(...specs.map((spec) => spec.statuses.length));
  const endpoints: string[] = [];
  for (let i = 0; i < width; i++) {
    const { id } = await insertWebhookEndpoint(db(), { organizationId, url: `https://hooks.example.com/${i}`, events: ["job.published"], secret: "whsec_dGVzdA==" });
    endpoints.push(id);
  }
  const ids: string[] = [];
  for (const spec of specs) {
    const before = new Set((await db().select({ id: webhookEvents.id }).from(webhookEvents).where(eq(webhookEvents.organizationId, organizationId))).map((row) => row.id));
    await insertWebhookEvents(db(), organizationId, [{ type: "job.published", data: { job_id: "j" } }]);
    const [event] = (await db().select({ id: webhookEvents.id }).from(webhookEvents).where(eq(webhookEvents.organizationId, organizationId))).filter((row) => !before.has(row.id));
    ids.push(event!.id);
    await db().update(webhookEvents).set({ createdAt: sql`now() - make_interval(days => ${spec.daysOld})` }).where(eq(webhookEvents.id, event!.id));
    const deliveries = await db().select().from(webhookDeliveries).where(eq(webhookDeliveries.eventId, event!.id)).orderBy(webhookDeliveries.endpointId);
    const byEndpoint = new Map(deliveries.map((delivery) => [delivery.endpointId, delivery]));
    for (const [index, endpointId] of endpoints.entries()) {
      const delivery = byEndpoint.get(endpointId)!;
      const status = spec.statuses[index];
      if (!status) {
        // An event with fewer statuses than endpoints was delivered to the first ones only.
        await db().delete(webhookDeliveries).where(eq(webhookDeliveries.id, delivery.id));
        continue;
      }
      await db().update(webhookDeliveries).set({ status }).where(eq(webhookDeliveries.id, delivery.id));
      await db()
        .insert(webhookAttempts)
        .values([500, status === "succeeded" ? 200 : 500].map((responseStatus) => ({ organizationId, deliveryId: delivery.id, finishedAt: sql`now()`, responseStatus, durationMs: 5 })));
    }
  }
  return ids;
}

async function remaining(eventIds: string[]) {
  const events = await db().select({ id: webhookEvents.id }).from(webhookEvents).where(inArray(webhookEvents.id, eventIds));
  const deliveries = await db().select({ id: webhookDeliveries.id, eventId: webhookDeliveries.eventId }).from(webhookDeliveries).where(inArray(webhookDeliveries.eventId, eventIds));
  const attempts = deliveries.length
    ? await db().select({ id: webhookAttempts.id }).from(webhookAttempts).where(inArray(webhookAttempts.deliveryId, deliveries.map((d) => d.id)))
    : [];
  return { events: new Set(events.map((event) => event.id)), deliveries: deliveries.length, attempts: attempts.length };
}

describe("webhook event retention", { timeout: 60_000 }, () => {
  beforeAll(async () => {
    await databaseHandle().ready();
  });

  it("removes old events whose deliveries all finished, with their attempts; never one still waiting or retrying, nor a recent one", async () => {
    const org = await createIsolatedOrganization(db());
    const [delivered, gaveUp, retrying, halfDone, recent, mixedFinished] = await eventsOf(org.organization.id, [
      { daysOld: 40, statuses: ["succeeded"] },
      { daysOld: 40, statuses: ["failed"] },
      { daysOld: 40, statuses: ["pending"] },
      { daysOld: 40, statuses: ["succeeded", "pending"] },
      { daysOld: 10, statuses: ["succeeded"] },
      { daysOld: 31, statuses: ["succeeded", "failed"] },
    ]);
    const all = [delivered!, gaveUp!, retrying!, halfDone!, recent!, mixedFinished!];
    expect((await remaining(all)).attempts).toBe(16);

    expect(await pruneWebhookEvents({ days: 30 })).toEqual({ events: 3, secrets: 0 });
    const left = await remaining(all);
    expect([...left.events].sort()).toEqual([retrying!, halfDone!, recent!].sort());
    // Their deliveries and attempts went with them; the others' are untouched.
    expect(left).toMatchObject({ deliveries: 4, attempts: 8 });

    // Idempotent: nothing more to remove.
    expect(await pruneWebhookEvents({ days: 30 })).toEqual({ events: 0, secrets: 0 });

    // Once the retrying event's delivery finishes, the next run removes it.
    await db().update(webhookDeliveries).set({ status: "failed" }).where(eq(webhookDeliveries.eventId, retrying!));
    expect((await pruneWebhookEvents({ days: 30 })).events).toBe(1);
    expect((await remaining(all)).events).toEqual(new Set([halfDone!, recent!]));
  });

  it("keeps an old event an admin redelivered until that delivery finishes", async () => {
    const org = await createIsolatedOrganization(db());
    const [old] = await eventsOf(org.organization.id, [{ daysOld: 45, statuses: ["failed"] }]);
    const [delivery] = await db().select().from(webhookDeliveries).where(eq(webhookDeliveries.eventId, old!));
    await redeliverWebhook({ ...viewerOf(org, "admin"), email: org.users.admin.email }, { deliveryId: delivery!.id });
    expect((await pruneWebhookEvents({ days: 30 })).events).toBe(0);
    expect((await remaining([old!])).events.has(old!)).toBe(true);
  });

  it("removes a bounded number a run, in batches, leaving the rest for the next run", async () => {
    const org = await createIsolatedOrganization(db());
    const ids = await eventsOf(org.organization.id, Array.from({ length: 5 }, () => ({ daysOld: 60, statuses: ["succeeded" as const] })));
    expect(await pruneWebhookEvents({ days: 30, batch: 2, maxBatches: 2 })).toMatchObject({ events: 4 });
    expect((await remaining(ids)).events.size).toBe(1);
    expect(await pruneWebhookEvents({ days: 30, batch: 2, maxBatches: 2 })).toMatchObject({ events: 1 });
    expect((await remaining(ids)).events.size).toBe(0);
  });

  it("runs as an hourly background task", () => {
    expect(tasks["webhooks.prune"]).toMatchObject({ schedule: expect.stringMatching(/^\d+ \* \* \* \*$/), policy: "stately" });
  });
});
