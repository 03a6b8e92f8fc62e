import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import MailComposer from "nodemailer/lib/mail-composer";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/inbound/email/route";
import { createIsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import { composeEmailSchema } from "@/lib/validation/mail";
import { setupTestDatabase } from "@/test/database";
import { MAX_INBOUND_BYTES } from "./receive-inbound-email";
import { sendCandidateEmail } from "./send-candidate-email";

const SECRET = "inbound-secret-for-tests-0123456789abcdef";
process.env.INBOUND_EMAIL_DOMAIN = "replies.candor.test";
process.env.INBOUND_EMAIL_SECRET = SECRET;
const db = setupTestDatabase();

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  POST(new Request("http://localhost/api/inbound/email", { method: "POST", body, headers: { Authorization: `Bearer ${SECRET}`, "Content-Type": "message/rfc822", ...headers } }));

describe("POST /api/inbound/email", () => {
  it("stores a reply to an application's address and answers 202", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1 });
    const recruiter = org.users.recruiter;
    await sendCandidateEmail(
      { organizationId: org.organization.id, userId: recruiter.id, role: "recruiter", name: recruiter.name, timeZone: "UTC" },
      composeEmailSchema.parse({ applicationIds: [org.applicants[0]!.applicationId], subject: "Hello", body: "Hi", decision: false, requestId: randomUUID() }),
    );
    const [sent] = await db().select().from(s.emailOutbox).where(eq(s.emailOutbox.organizationId, org.organization.id));
    const raw = await new MailComposer({ from: "ada@example.com", to: sent!.replyTo!, subject: "Re: Hello", text: "Thanks!" }).compile().build();

    const response = await post(new Uint8Array(raw));
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ stored: true });
    const [reply] = await db().select().from(s.inboundEmails).where(eq(s.inboundEmails.organizationId, org.organization.id));
    expect(reply?.text).toBe("Thanks!");
  });

  it("refuses a wrong or missing secret, an unknown address and an oversized body, storing nothing", async () => {
    const raw = await new MailComposer({ from: "x@example.com", to: `reply+${"A".repeat(32)}@replies.candor.test`, subject: "Hi", text: "Hi" }).compile().build();
    expect((await post(new Uint8Array(raw), { Authorization: "Bearer wrong" })).status).toBe(401);
    expect((await post(new Uint8Array(raw), { Authorization: "" })).status).toBe(401);
    const unknown = await post(new Uint8Array(raw));
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("content-type")).toBe("application/problem+json");
    expect((await post(new Uint8Array(raw), { "Content-Length": String(MAX_INBOUND_BYTES + 1) })).status).toBe(413);
    expect((await post(new Uint8Array(MAX_INBOUND_BYTES + 10))).status).toBe(413);
    expect((await post(new Uint8Array(0))).status).toBe(400);
  });
});
