import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import { todayUtc } from "@/lib/validation/offers";
import { createWebhookEndpoint } from "@/server/webhooks/create-webhook-endpoint";
import { viewerOf } from "@/test/candidates";
import { setupTestDatabase } from "@/test/database";
import { createOffer } from "./create-offer";
import { decideOffer } from "./decide-offer";
import { submitOffer } from "./submit-offer";

// The endpoint is never called here (delivery: server/webhooks/deliver-webhooks.test.ts); it only subscribes.
process.env.WEBHOOK_ALLOW_PRIVATE = "1";
const db = setupTestDatabase();

const day = (offset: number) => todayUtc(new Date(Date.now() + offset * 86_400_000));

describe("offer webhooks", () => {
  it("tells a subscribed endpoint of each step of an offer, in the step's transaction, with ids only", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1, stage: "offer", team: ["hiring_manager"] });
    const member = (role: "recruiter" | "hiring_manager" | "admin") => ({ ...viewerOf(org, role), email: org.users[role].email });
    const applicationId = org.applicants[0]!.applicationId;
    const { id: endpointId } = await createWebhookEndpoint(viewerOf(org, "admin"), {
      url: "http://127.0.0.1:46598/unused",
      events: ["offer.created", "offer.submitted", "offer.approved", "offer.sent"],
    });

    const terms = { salaryAmount: 70000, currency: "EUR", salaryPeriod: "year" as const, startDate: day(30), expiresOn: day(7), bonus: "", equity: "" };
    const { offerId, version } = await createOffer(member("recruiter"), { applicationId, ...terms });
    const sent = await submitOffer(member("recruiter"), { offerId, version });
    const approved = await decideOffer(member("hiring_manager"), { offerId, version: sent.version, decision: "approve", comment: "Salary agreed with Dana Smith" });
    await decideOffer(member("admin"), { offerId, version: approved.version, decision: "approve", comment: "" });

    const rows = await db()
      .select({ payload: s.webhookEvents.payload })
      .from(s.webhookDeliveries)
      .innerJoin(s.webhookEvents, eq(s.webhookEvents.id, s.webhookDeliveries.eventId))
      .where(eq(s.webhookDeliveries.endpointId, endpointId))
      .orderBy(s.webhookEvents.createdAt, s.webhookEvents.id);
    expect(rows.map((row) => row.payload.type).sort()).toEqual(["offer.approved", "offer.approved", "offer.created", "offer.sent", "offer.submitted"]);
    for (const { payload } of rows) expect(payload.data).toEqual({ offer_id: offerId, application_id: applicationId });
    expect(JSON.stringify(rows)).not.toContain("Dana Smith");
  });
});
