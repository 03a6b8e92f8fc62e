import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import MailComposer from "nodemailer/lib/mail-composer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/inbound/email/route";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import { listCandidateReplies } from "@/db/queries/candidate-mail";
import * as s from "@/db/schema";
import { composeEmailSchema } from "@/lib/validation/mail";
import { submitApplication } from "@/server/applications/submit-application";
import { addJob } from "@/test/candidates";
import { setupTestDatabase } from "@/test/database";
import { startTestSmtpServer, type TestSmtpServer } from "@/test/smtp";
import { MAX_INBOUND_BYTES } from "./receive-inbound-email";
import { sendCandidateEmail } from "./send-candidate-email";
import { createMailTransport } from "./transport";
import { deliverAllDueEmails } from "./worker";

const SECRET = "inbound-secret-for-tests-0123456789abcdef";
process.env.INBOUND_EMAIL_DOMAIN = "replies.candor.test";
process.env.INBOUND_EMAIL_SECRET = SECRET;
// Its own database: the receipts are delivered by the mail worker, which takes every due message.
const db = setupTestDatabase({ ownDatabase: true });

let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
});
afterAll(() => smtp.close());

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

  it("files a reply to an application's receipt on that application", async () => {
    const org = await createIsolatedOrganization(db());
    const second = await addJob(db(), org, { title: "Data Engineer" });
    const [{ slug: secondSlug }] = (await db().select({ slug: s.jobs.slug }).from(s.jobs).where(eq(s.jobs.id, second.id))) as [{ slug: string }];
    const email = `ada-${randomUUID()}@example.com`;
    const apply = async (jobSlug: string) => {
      const form = { name: "Ada Lovelace", email, resume: new File([readFileSync(path.join(__dirname, "../../test/files/resume.pdf"))], "resume.pdf"), consent: "on", leaveEmpty: "", idempotencyKey: randomUUID() };
      const result = await submitApplication(org.organization.slug, { slug: jobSlug }, form, { ip: `10.8.${Math.floor(Math.random() * 250)}.1` });
      if (!result.ok) throw new Error(result.formError);
      return result.data.applicationId;
    };
    const first = await apply(org.job.slug);
    const applicationId = await apply(secondSlug);

    // Each receipt goes out over SMTP with its own application's reply address.
    await deliverAllDueEmails({ transport: createMailTransport(smtp.url) });
    const receipt = (jobTitle: string) => smtp.received.find((mail) => mail.subject === `We received your application for ${jobTitle}` && (mail.to as { text: string }).text === email);
    const addresses = await db().select().from(s.applicationReplyAddresses).where(eq(s.applicationReplyAddresses.organizationId, org.organization.id));
    const addressOf = (id: string) => `reply+${addresses.find((a) => a.applicationId === id)!.token}@replies.candor.test`;
    expect(receipt(org.job.title)?.replyTo?.text).toBe(addressOf(first));
    const replyTo = receipt(second.title)?.replyTo?.text;
    expect(replyTo).toBe(addressOf(applicationId));

    const raw = await new MailComposer({ from: `Ada Lovelace <${email}>`, to: replyTo, subject: `Re: We received your application for ${second.title}`, text: "Can I send a portfolio too?" })
      .compile()
      .build();
    const response = await post(new Uint8Array(raw));
    expect(response.status).toBe(202);
    const [application] = await db().select({ candidateId: s.applications.candidateId }).from(s.applications).where(eq(s.applications.id, applicationId));
    expect(await listCandidateReplies(org.organization.id, application!.candidateId)).toMatchObject([{ applicationId, text: "Can I send a portfolio too?", fromOtherAddress: false }]);
  });
});
