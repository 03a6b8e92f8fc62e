import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createIsolatedOrganization } from "@/db/fixtures";
import { insertWebhookEndpoint, insertWebhookEvents, listWebhookDeliveries } from "@/db/queries/webhooks";
import { webhookDeliveries } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { viewerOf } from "@/test/candidates";
import { setupTestDatabase } from "@/test/database";
import { createWebhookEndpoint } from "./create-webhook-endpoint";
import { deliverDueWebhooks } from "./deliver-webhooks";

// Without WEBHOOK_ALLOW_PRIVATE, as in production: receivers on loopback, private and link-local addresses
// are refused when the endpoint is added and again when a request is made.
delete process.env.WEBHOOK_ALLOW_PRIVATE;
const db = setupTestDatabase({ ownDatabase: true });

// A receiver that counts what reaches it, on a port the system picks (a fixed one can be taken).
let hits = 0;
let port: number;
const server = createServer((_request, response) => {
  hits++;
  response.end("ok");
});
beforeAll(async () => {
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("webhook addresses", () => {
  it("refuses to add an endpoint on a loopback, private or link-local address", async () => {
    const org = await createIsolatedOrganization(db());
    const admin = viewerOf(org, "admin");
    for (const url of [`http://127.0.0.1:${port}/hooks`, "https://10.1.2.3/hooks", "http://169.254.169.254/latest/meta-data", `http://[::1]:${port}/`]) {
      const refusal = await createWebhookEndpoint(admin, { url, events: ["job.published"] }).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(AppError);
      expect((refusal as AppError).fieldErrors?.url?.[0]).toMatch(/is on a private or local network, which Candor does not send webhooks to/);
    }
  });

  it("refuses a member without webhooks.manage", async () => {
    const org = await createIsolatedOrganization(db());
    await expect(createWebhookEndpoint(viewerOf(org, "recruiter"), { url: "https://example.com/hooks", events: ["job.published"] })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("does not connect to an endpoint whose address became private after it was added, and logs why", async () => {
    const org = await createIsolatedOrganization(db());
    // Stored directly: as if its host had resolved to a public address when it was added.
    const endpoint = await insertWebhookEndpoint(db(), { organizationId: org.organization.id, url: `http://localhost:${port}/hooks`, events: ["job.closed"], secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" });
    await insertWebhookEvents(db(), org.organization.id, [{ type: "job.closed", data: { job_id: org.job.id } }]);

    expect(await deliverDueWebhooks()).toEqual({ delivered: 0, failed: 1 });
    expect(hits).toBe(0);
    const [delivery] = await listWebhookDeliveries(db(), org.organization.id, endpoint.id);
    expect(delivery!.attempts[0]!.error).toMatch(/^Refused: localhost is a loopback address/);
    const [row] = await db().select().from(webhookDeliveries).where(eq(webhookDeliveries.id, delivery!.id));
    expect(row!.status).toBe("pending");
    expect(row!.failures).toBe(1);
  });
});
