import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import MailComposer from "nodemailer/lib/mail-composer";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import { setDecisionsOnly } from "@/db/queries/candidate-mail";
import * as s from "@/db/schema";
import { hashStatusToken } from "@/lib/applications/tokens";
import type { MemberRole } from "@/lib/enums";
import { skippedSentence } from "@/lib/mail/recipients";
import { composeEmailSchema, emailTemplateSchema, updateEmailTemplateSchema } from "@/lib/validation/mail";
import { setupTestDatabase } from "@/test/database";
import { cancelScheduledEmail } from "./cancel-scheduled-email";
import { createEmailTemplate } from "./create-email-template";
import { deleteEmailTemplate } from "./delete-email-template";
import { updateEmailTemplate } from "./update-email-template";
import { receiveInboundEmail } from "./receive-inbound-email";
import { sendCandidateEmail, type Sender } from "./send-candidate-email";
import { anonymizeCandidate } from "@/server/status/anonymize-candidate";
import { findPersonalData } from "@/test/personal-data";

process.env.INBOUND_EMAIL_DOMAIN = "replies.candor.test";
const db = setupTestDatabase();

const sender = (org: IsolatedOrganization, role: MemberRole = "recruiter"): Sender => ({
  organizationId: org.organization.id,
  userId: org.users[role].id,
  role,
  name: org.users[role].name,
  timeZone: "Europe/Berlin",
});

const compose = (org: IsolatedOrganization, overrides: Record<string, unknown> = {}) =>
  composeEmailSchema.parse({
    applicationIds: [org.applicants[0]!.applicationId],
    subject: "Next steps for {{job_title}}",
    body: "Hi {{candidate_first_name}},\n\nCould you tell us your availability? Your status: {{status_link}}\n\n{{recruiter_name}}, {{organization_name}}",
    decision: false,
    requestId: randomUUID(),
    ...overrides,
  });

type Applicant = IsolatedOrganization["applicants"][number];

const outboxOf = (org: IsolatedOrganization) => db().select().from(s.emailOutbox).where(eq(s.emailOutbox.organizationId, org.organization.id));

/** A candidate's reply as their mail program would send it: their text over the quoted message, with attachments. */
function reply(to: string, text: string, attachments: { filename: string; content: Buffer }[] = [], messageId = `<${randomUUID()}@mail.example>`) {
  return new MailComposer({ from: "Ada Lovelace <ada@example.com>", to, subject: "Re: Next steps", text, messageId, attachments }).compile().build();
}

describe("email templates", () => {
  it("are created, edited at their version and deleted by recruiters; interviewers may not", async () => {
    const org = await createIsolatedOrganization(db());
    const values = emailTemplateSchema.parse({ name: "Availability", subject: "About {{job_title}}", body: "Hi {{candidate_first_name}}", decision: false });
    const template = await createEmailTemplate(sender(org), values);
    await expect(createEmailTemplate(sender(org, "admin"), { ...values, name: "availability" })).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { name: ["Choose another name."] } });
    await expect(createEmailTemplate(sender(org, "interviewer"), { ...values, name: "Other" })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const edit = updateEmailTemplateSchema.parse({ ...values, id: template.id, version: template.version, body: "Hello {{candidate_first_name}}" });
    expect(await updateEmailTemplate(sender(org), edit)).toMatchObject({ body: "Hello {{candidate_first_name}}", version: 2 });
    await expect(updateEmailTemplate(sender(org, "admin"), edit)).rejects.toMatchObject({ code: "STALE_VERSION" });

    const other = await createIsolatedOrganization(db());
    await expect(deleteEmailTemplate(sender(other), template.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await deleteEmailTemplate(sender(org), template.id);
    expect(await db().select().from(s.emailTemplates).where(eq(s.emailTemplates.organizationId, org.organization.id))).toHaveLength(0);
  });

  it("refuse a merge field that does not exist", () => {
    const parsed = emailTemplateSchema.safeParse({ name: "Typo", subject: "Hi", body: "Dear {{candidate_firstname}}", decision: false });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toContain("Unknown merge field {{candidate_firstname}}");
  });
});

describe("sending email to candidates", () => {
  it("queues one filled-in message with the application's reply address and a working status link", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1 });
    const applicant = org.applicants[0]!;
    expect(await sendCandidateEmail(sender(org), compose(org))).toEqual({ queued: 1, sendAt: null, skipped: [] });

    const [email] = await outboxOf(org);
    expect(email).toMatchObject({ to: applicant.email, candidateId: applicant.candidateId, applicationId: applicant.applicationId, sentByUserId: org.users.recruiter.id });
    expect(email!.subject).toBe(`Next steps for ${org.job.title}`);
    expect(email!.text).toContain(`Hi ${applicant.name.split(" ")[0]},`);
    expect(email!.text).toContain(`${org.users.recruiter.name}, ${org.organization.name}`);
    expect(email!.html).toContain(org.organization.name);
    const [address] = await db().select().from(s.applicationReplyAddresses).where(eq(s.applicationReplyAddresses.applicationId, applicant.applicationId));
    expect(email!.replyTo).toBe(`reply+${address!.token}@replies.candor.test`);
    const link = /\/status\/(\S+)/.exec(email!.text)![1]!;
    const [token] = await db().select().from(s.candidateAccessTokens).where(eq(s.candidateAccessTokens.tokenHash, hashStatusToken(link)));
    expect(token?.candidateId).toBe(applicant.candidateId);
  });

  it("sends to several applications at once, each with its own fields, and a second press queues nothing more", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 3 });
    const input = compose(org, { applicationIds: org.applicants.map((a) => a.applicationId), body: "Dear {{candidate_name}}" });
    expect(await sendCandidateEmail(sender(org), input)).toMatchObject({ queued: 3 });
    expect(await sendCandidateEmail(sender(org), input)).toMatchObject({ queued: 0 });
    const emails = await outboxOf(org);
    expect(emails.map((e) => e.text).sort()).toEqual(org.applicants.map((a) => `Dear ${a.name}`).sort());
    expect(new Set(emails.map((e) => e.replyTo)).size).toBe(3);
  });

  it("schedules a message for the sender's chosen local time, and it can be cancelled until it goes out", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1 });
    const day = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    const result = await sendCandidateEmail(sender(org), compose(org, { when: "later", sendAt: `${day}T09:30` }));
    const berlin = (date: Date) => date.toLocaleString("sv-SE", { timeZone: "Europe/Berlin" }).slice(0, 16);
    expect(berlin(result.sendAt!)).toBe(`${day} 09:30`);
    const [email] = await outboxOf(org);
    expect(email!.sendAfter.toISOString()).toBe(result.sendAt!.toISOString());

    await expect(cancelScheduledEmail(sender(org, "interviewer"), { emailId: email!.id, candidateId: email!.candidateId! })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await cancelScheduledEmail(sender(org), { emailId: email!.id, candidateId: email!.candidateId! });
    expect((await outboxOf(org))[0]!.status).toBe("cancelled");
    await expect(cancelScheduledEmail(sender(org), { emailId: email!.id, candidateId: email!.candidateId! })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses a time in the past", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1 });
    await expect(sendCandidateEmail(sender(org), compose(org, { when: "later", sendAt: "2020-01-01T09:00" }))).rejects.toMatchObject({ fieldErrors: { sendAt: ["Choose a time at least a minute from now."] } });
    expect(await outboxOf(org)).toHaveLength(0);
  });

  it("refuses interviewers and another organisation's applications, storing nothing", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1 });
    const other = await createIsolatedOrganization(db(), undefined, { applicants: 1 });
    await expect(sendCandidateEmail(sender(org, "interviewer"), compose(org))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(sendCandidateEmail(sender(org, "hiring_manager"), compose(org))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(sendCandidateEmail(sender(org), compose(other))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect([...(await outboxOf(org)), ...(await outboxOf(other))]).toHaveLength(0);
  });

  it("sends a bulk email to everyone it may and names who was left out and why", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 4 });
    const [reachable, decisionsOnly, withdrew, erased] = org.applicants as [Applicant, Applicant, Applicant, Applicant];
    await setDecisionsOnly(db(), org.organization.id, decisionsOnly.candidateId, true);
    await db().update(s.applications).set({ status: "withdrawn" }).where(eq(s.applications.id, withdrew.applicationId));
    await anonymizeCandidate({ organizationId: org.organization.id, candidateId: erased.candidateId });
    const all = org.applicants.map((a) => a.applicationId);

    const result = await sendCandidateEmail(sender(org), compose(org, { applicationIds: all }));
    expect(result.queued).toBe(1);
    expect(result.skipped).toEqual(
      expect.arrayContaining([
        { name: decisionsOnly.name, problem: "decisions_only" },
        { name: withdrew.name, problem: "withdrawn" },
        expect.objectContaining({ problem: "gone" }),
      ]),
    );
    expect(result.skipped).toHaveLength(3);
    expect(skippedSentence(result.skipped)).toBe(
      `Not sent to a deleted candidate: their data was deleted or merged into another profile. Not sent to ${withdrew.name}: they withdrew this application. Not sent to ${decisionsOnly.name}: they asked for no more email except about decisions.`,
    );
    expect((await outboxOf(org)).map((e) => e.to)).toEqual([reachable.email]);

    // About a decision, the candidate who asked for decisions only gets it too; the others still do not.
    const decision = await sendCandidateEmail(sender(org), compose(org, { applicationIds: all, decision: true }));
    expect(decision.queued).toBe(2);
    expect(decision.skipped.map((r) => r.problem).sort()).toEqual(["gone", "withdrawn"]);
    expect((await outboxOf(org)).filter((e) => e.to === decisionsOnly.email)).toMatchObject([{ decision: true }]);
  });

  it("queues nothing when nobody selected can get the message, and says why", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 3 });
    const [first, second, third] = org.applicants as [Applicant, Applicant, Applicant];
    await setDecisionsOnly(db(), org.organization.id, first.candidateId, true);
    await setDecisionsOnly(db(), org.organization.id, second.candidateId, true);
    await db().update(s.applications).set({ status: "withdrawn" }).where(eq(s.applications.id, third.applicationId));

    await expect(sendCandidateEmail(sender(org), compose(org, { applicationIds: [first.applicationId] }))).rejects.toMatchObject({
      code: "CONFLICT",
      message: `Not sent: ${first.name} can't get this email, as they asked for no more email except about decisions.`,
    });
    const [a, b] = [first.name, second.name].sort();
    await expect(sendCandidateEmail(sender(org), compose(org, { applicationIds: org.applicants.map((x) => x.applicationId) }))).rejects.toMatchObject({
      code: "CONFLICT",
      message: `Nothing was sent: none of these 3 candidates can get this email. Not sent to ${third.name}: they withdrew this application. Not sent to ${a} and ${b}: they asked for no more email except about decisions.`,
    });
    expect(await outboxOf(org)).toHaveLength(0);
    expect(await db().select().from(s.applicationReplyAddresses).where(eq(s.applicationReplyAddresses.organizationId, org.organization.id))).toHaveLength(0);
  });
});

describe("replies from candidates", () => {
  async function sentTo(org: IsolatedOrganization) {
    await sendCandidateEmail(sender(org), compose(org));
    return (await outboxOf(org))[0]!.replyTo!;
  }

  it("threads the new text into the application, keeps the attachments that pass the upload checks, and tells the sender", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1 });
    const replyTo = await sentTo(org);
    const raw = await reply(replyTo, "Tuesday at 10 works for me.\n\nOn Mon, 1 Dec 2026 at 10:00, Acme <x@y.z> wrote:\n> Could you tell us your availability?\n", [
      { filename: "references.txt", content: Buffer.from("Grace Hopper, grace@example.com\n") },
      { filename: "tool.exe", content: Buffer.from("MZ\u0090\u0000 not a document") },
    ]);

    const result = await receiveInboundEmail(raw);
    expect(result).toMatchObject({ stored: true, applicationId: org.applicants[0]!.applicationId });
    const [stored] = await db().select().from(s.inboundEmails).where(eq(s.inboundEmails.organizationId, org.organization.id));
    expect(stored).toMatchObject({ fromAddress: "ada@example.com", subject: "Re: Next steps", text: "Tuesday at 10 works for me." });
    expect(stored!.attachments).toHaveLength(2);
    const [kept, refused] = stored!.attachments as [{ fileId: string; filename: string }, { filename: string; refused: string }];
    expect(kept.filename).toBe("references.txt");
    expect(refused).toMatchObject({ filename: "tool.exe" });
    const [file] = await db().select().from(s.files).where(eq(s.files.id, kept.fileId));
    expect(file).toMatchObject({ applicationId: org.applicants[0]!.applicationId, kind: "other", mediaType: "text/plain; charset=utf-8" });

    const notifications = await db().select().from(s.notifications).where(and(eq(s.notifications.organizationId, org.organization.id), eq(s.notifications.type, "email_reply")));
    expect(notifications.map((n) => n.userId)).toEqual([org.users.recruiter.id]);
    expect(notifications[0]!.data).toMatchObject({ excerpt: "Tuesday at 10 works for me." });

    // The forwarder retries: the same Message-ID is accepted and stored once.
    expect(await receiveInboundEmail(raw)).toMatchObject({ stored: false });
    expect(await db().select().from(s.inboundEmails).where(eq(s.inboundEmails.organizationId, org.organization.id))).toHaveLength(1);
  });

  it("keeps an out-of-office answer on the timeline, marked automatic, and calls nobody to it", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1 });
    const replyTo = await sentTo(org);
    const away = (headers: Record<string, string>) =>
      new MailComposer({ from: "ada@example.com", to: replyTo, subject: "Out of office", text: "I am away until Monday.", messageId: `<${randomUUID()}@mail.example>`, headers }).compile().build();
    await receiveInboundEmail(await away({ "Auto-Submitted": "auto-replied" }));
    await receiveInboundEmail(await away({ "X-Autoreply": "yes" }));
    await receiveInboundEmail(await away({ "Auto-Submitted": "no" })); // a person's answer, saying so
    const stored = await db().select().from(s.inboundEmails).where(eq(s.inboundEmails.organizationId, org.organization.id));
    expect(stored.map((row) => row.automatic).sort()).toEqual([false, true, true]);
    const notifications = await db().select().from(s.notifications).where(and(eq(s.notifications.organizationId, org.organization.id), eq(s.notifications.type, "email_reply")));
    expect(notifications).toHaveLength(1);
  });

  it("stores nothing for an unknown or forged reply address", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1 });
    const replyTo = await sentTo(org);
    const forged = replyTo.replace(/reply\+(.)/, (_, c: string) => `reply+${c === "A" ? "B" : "A"}`);
    await expect(receiveInboundEmail(await reply(forged, "Hello"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(receiveInboundEmail(await reply(replyTo.replace("replies.candor.test", "elsewhere.test"), "Hello"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(receiveInboundEmail(await reply("jobs@replies.candor.test", "Hello"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db().select().from(s.inboundEmails).where(eq(s.inboundEmails.organizationId, org.organization.id))).toHaveLength(0);
  });

  it("are deleted with the candidate's data, attachments included", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1 });
    const applicant = org.applicants[0]!;
    const replyTo = await sentTo(org);
    await setDecisionsOnly(db(), org.organization.id, applicant.candidateId, true);
    await receiveInboundEmail(await reply(replyTo, "Sincerely, Zebediah Quuxworth", [{ filename: "cv.txt", content: Buffer.from("Zebediah Quuxworth CV") }]));
    await anonymizeCandidate({ organizationId: org.organization.id, candidateId: applicant.candidateId });
    expect(await db().select().from(s.inboundEmails).where(eq(s.inboundEmails.organizationId, org.organization.id))).toHaveLength(0);
    expect(await db().select().from(s.applicationReplyAddresses).where(eq(s.applicationReplyAddresses.organizationId, org.organization.id))).toHaveLength(0);
    expect(await db().select().from(s.candidateMailPreferences).where(eq(s.candidateMailPreferences.organizationId, org.organization.id))).toHaveLength(0);
    expect(await findPersonalData(db(), ["Zebediah Quuxworth"])).toEqual([]);
    // Their address is gone: a later reply to it stores nothing.
    await expect(receiveInboundEmail(await reply(replyTo, "Me again"))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
