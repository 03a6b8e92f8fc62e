import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import MailComposer from "nodemailer/lib/mail-composer";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/inbound/email/route";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import { listCandidateReplies } from "@/db/queries/candidate-mail";
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
  /** Emails the org's applicant and returns the application's reply address. */
  async function replyAddressOf(org: IsolatedOrganization) {
    const recruiter = org.users.recruiter;
    await sendCandidateEmail(
      { organizationId: org.organization.id, userId: recruiter.id, role: "recruiter", name: recruiter.name, timeZone: "UTC" },
      composeEmailSchema.parse({ applicationIds: [org.applicants[0]!.applicationId], subject: "Hello", body: "Hi", decision: false, requestId: randomUUID() }),
    );
    const [sent] = await db().select().from(s.emailOutbox).where(eq(s.emailOutbox.organizationId, org.organization.id));
    return sent!.replyTo!;
  }

  const storedReplies = (org: IsolatedOrganization) => listCandidateReplies(org.organization.id, org.applicants[0]!.candidateId);
  const replyNotifications = (org: IsolatedOrganization) =>
    db().select().from(s.notifications).where(and(eq(s.notifications.organizationId, org.organization.id), eq(s.notifications.type, "email_reply")));

  it("stores a reply from the candidate's address (any case, with a display name) and answers 202", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1 });
    const applicant = org.applicants[0]!;
    const raw = await new MailComposer({ from: `"${applicant.name}" <${applicant.email.toUpperCase()}>`, to: await replyAddressOf(org), subject: "Re: Hello", text: "Thanks!" })
      .compile()
      .build();

    const response = await post(new Uint8Array(raw));
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ stored: true });
    expect(await storedReplies(org)).toMatchObject([{ text: "Thanks!", fromOtherAddress: false }]);
    expect(await replyNotifications(org)).toHaveLength(1);
  });

  it("stores a reply from another address too, marked as such, and notifies the same way", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1 });
    const raw = await new MailComposer({ from: `"${org.applicants[0]!.name}" <other@example.com>`, to: await replyAddressOf(org), subject: "Re: Hello", text: "From my work account." })
      .compile()
      .build();

    const response = await post(new Uint8Array(raw));
    expect(response.status).toBe(202);
    expect(await storedReplies(org)).toMatchObject([{ text: "From my work account.", fromAddress: "other@example.com", fromOtherAddress: true }]);
    expect(await replyNotifications(org)).toMatchObject([{ userId: org.users.recruiter.id, data: { excerpt: "From my work account." } }]);
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
