import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import { keyFor } from "@/test/api-keys";
import { setupTestDatabase } from "@/test/database";
import { auditTrail } from "@/test/members";
import * as candidatesRoute from "@/app/api/v1/candidates/route";
import * as webhooksRoute from "@/app/api/v1/webhooks/route";

// As in production: a receiver must be on a public address (an IP literal here: the tests resolve no names).
delete process.env.WEBHOOK_ALLOW_PRIVATE;

const db = setupTestDatabase();

const post = (key: string, body: unknown) =>
  webhooksRoute.POST(
    new Request("http://candor.test/api/v1/webhooks", { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify(body) }),
    { params: Promise.resolve({}) },
  );

describe("POST /api/v1/webhooks", () => {
  it("adds an endpoint with a key that holds webhooks:write by name, answers its secret once, and audits it under the key", async () => {
    const org = await createIsolatedOrganization(db());
    const everything = await keyFor(org, ["read", "write"], "Everything");
    const hooks = await keyFor(org, ["webhooks:write"], "Zapier");

    // Neither read nor write opens webhooks: whoever adds one can send every event anywhere.
    expect((await post(everything, { url: "https://93.184.216.34/candor", events: ["application.created"] })).status).toBe(403);

    const created = await post(hooks, { url: "https://93.184.216.34/candor", events: ["application.created", "offer.accepted", "application.created"] });
    expect(created.status).toBe(201);
    const { id, secret } = await created.json();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]{40,}$/);
    const [endpoint] = await db().select().from(s.webhookEndpoints).where(and(eq(s.webhookEndpoints.organizationId, org.organization.id), eq(s.webhookEndpoints.id, id)));
    expect(endpoint).toMatchObject({ url: "https://93.184.216.34/candor", events: ["application.created", "offer.accepted"] });
    expect(JSON.stringify(await auditTrail(org.organization.id))).toContain("Zapier");

    // The scope opens webhooks only.
    const candidates = await candidatesRoute.GET(new Request("http://candor.test/api/v1/candidates", { headers: { authorization: `Bearer ${hooks}` } }), { params: Promise.resolve({}) });
    expect(candidates.status).toBe(403);
  });

  it("refuses private addresses, unknown events and unknown fields, storing nothing", async () => {
    const org = await createIsolatedOrganization(db());
    const hooks = await keyFor(org, ["webhooks:write"]);
    for (const body of [
      { url: "http://127.0.0.1:9000/hook", events: ["job.published"] },
      { url: "http://10.0.0.5/hook", events: ["job.published"] },
      { url: "https://93.184.216.34/candor", events: ["candidate.read_everything"] },
      { url: "https://93.184.216.34/candor", events: ["job.published"], secret: "mine" },
    ]) {
      const answer = await post(hooks, body);
      expect(answer.status, JSON.stringify(body)).toBe(422);
      expect(answer.headers.get("content-type")).toContain("application/problem+json");
    }
    expect(await db().select().from(s.webhookEndpoints).where(eq(s.webhookEndpoints.organizationId, org.organization.id))).toEqual([]);
  });
});
