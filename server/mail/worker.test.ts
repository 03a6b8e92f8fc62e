import { randomBytes, randomUUID } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import { enqueueEmail, MAX_ATTEMPTS, RETRY_DELAYS_MINUTES } from "@/db/queries/outbox";
import { setDecisionsOnly } from "@/db/queries/candidate-mail";
import { listCandidateEmails } from "@/db/queries/profile";
import { applications, candidates, emailOutbox } from "@/db/schema";
import { composeEmailSchema } from "@/lib/validation/mail";
import { setupTestDatabase } from "@/test/database";
import { startTestSmtpServer, type TestSmtpServer } from "@/test/smtp";
import { addCandidate, viewerOf } from "@/test/candidates";
import { mergeCandidates } from "@/server/candidates/merge-candidates";
import { anonymizeCandidate } from "@/server/status/anonymize-candidate";
import { createMailTransport, type MailTransport } from "./transport";
import { sendCandidateEmail } from "./send-candidate-email";
import { deliverAllDueEmails, deliverDueEmails } from "./worker";

type Applicant = IsolatedOrganization["applicants"][number];

const db = setupTestDatabase({ ownDatabase: true });

let smtp: TestSmtpServer;
let transport: MailTransport;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
  transport = createMailTransport(smtp.url);
});
afterAll(() => smtp.close());

/** A subject no other test uses, to pick this test's messages out of everything the server received. */
const uniqueSubject = (label: string) => `${label} ${randomBytes(4).toString("hex")}`;
const receivedWith = (subject: string) => smtp.received.filter((mail) => mail.subject === subject);

async function findRow(id: string | null) {
  const [row] = await db().select().from(emailOutbox).where(eq(emailOutbox.id, id!));
  return row!;
}

/** Seconds from the database's now() until the row is due again. */
async function secondsUntilDue(id: string) {
  const [row] = await db()
    .select({ seconds: sql<number>`extract(epoch from ${emailOutbox.sendAfter} - now())::float8` })
    .from(emailOutbox)
    .where(eq(emailOutbox.id, id));
  return row!.seconds;
}

/** The recruiter emails every applicant of `org` for tomorrow; returns the message's (unique) subject. */
async function scheduleForTomorrow(org: IsolatedOrganization) {
  const recruiter = org.users.recruiter;
  const sender = { organizationId: org.organization.id, userId: recruiter.id, role: "recruiter" as const, name: recruiter.name, timeZone: "UTC" };
  const subject = uniqueSubject("Scheduled");
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 16);
  await sendCandidateEmail(
    sender,
    composeEmailSchema.parse({ applicationIds: org.applicants.map((a) => a.applicationId), subject, body: "Hello", decision: false, when: "later", sendAt: tomorrow, requestId: randomUUID() }),
  );
  return subject;
}

describe("mail delivery", () => {
  it("delivers a queued message with its attachment to a real SMTP server and marks it sent", async () => {
    const org = await createIsolatedOrganization(db());
    const subject = uniqueSubject("Thanks for applying");
    const pdf = Buffer.from("%PDF-1.4 not really a pdf \u00e9\u0000\u00ff");
    const id = await enqueueEmail(db(), {
      organizationId: org.organization.id,
      to: "ada@example.com",
      subject,
      text: "We received your application.\nThe team",
      html: "<p>We received your application.</p>",
      attachments: [{ filename: "offer.pdf", contentType: "application/pdf", content: pdf }],
    });

    expect(await deliverDueEmails({ transport })).toEqual({ sent: 1, failed: 0 });

    const [mail] = receivedWith(subject);
    expect(mail?.to).toMatchObject({ text: "ada@example.com" });
    expect(mail?.from?.text).toContain("no-reply@candor.localhost");
    expect(mail?.text?.trim()).toBe("We received your application.\nThe team");
    expect(mail?.html).toContain("<p>We received your application.</p>");
    expect(mail?.attachments.map((a) => [a.filename, a.contentType])).toEqual([["offer.pdf", "application/pdf"]]);
    expect(Buffer.compare(mail!.attachments[0]!.content, pdf)).toBe(0);

    const row = await findRow(id);
    expect(row).toMatchObject({ status: "sent", attempts: 1, lastError: null, lockedUntil: null });
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(await deliverDueEmails({ transport })).toEqual({ sent: 0, failed: 0 });
  });

  it("sends a message queued twice for one cause once", async () => {
    const subject = uniqueSubject("Application received");
    const message = { to: "grace@example.com", subject, text: "Hello", dedupeKey: `application-confirmation:${subject}` };
    const first = await enqueueEmail(db(), message);
    const second = await enqueueEmail(db(), message);
    expect(first).not.toBeNull();
    expect(second).toBeNull();

    await deliverDueEmails({ transport });
    expect(receivedWith(subject)).toHaveLength(1);
  });

  it("never sends a message whose transaction rolled back", async () => {
    const subject = uniqueSubject("Rolled back");
    await expect(
      db().transaction(async (tx) => {
        await enqueueEmail(tx, { to: "linus@example.com", subject, text: "Should never arrive" });
        throw new Error("the application failed to save");
      }),
    ).rejects.toThrow("the application failed to save");

    await deliverDueEmails({ transport });
    expect(receivedWith(subject)).toHaveLength(0);
    expect(await db().select().from(emailOutbox).where(eq(emailOutbox.subject, subject))).toHaveLength(0);
  });

  it("retries a refused message with growing delays, then gives up", async () => {
    const subject = uniqueSubject("Refused");
    const id = (await enqueueEmail(db(), { to: "busy@example.com", subject, text: "Hello" }))!;

    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      expect(await deliverDueEmails({ transport })).toEqual({ sent: 0, failed: 1 });
      const row = await findRow(id);
      expect(row.attempts).toBe(attempt);
      expect(row.lastError).toContain("Mailbox busy, try again later");
      expect(row.lockedUntil).toBeNull();
      if (attempt === MAX_ATTEMPTS) {
        expect(row.status).toBe("failed");
        break;
      }
      expect(row.status).toBe("pending");
      const delaySeconds = RETRY_DELAYS_MINUTES[attempt - 1]! * 60;
      expect(await secondsUntilDue(id)).toBeGreaterThan(delaySeconds - 10);
      expect(await secondsUntilDue(id)).toBeLessThanOrEqual(delaySeconds);
      // Not due yet: another pass leaves it alone.
      expect(await deliverDueEmails({ transport })).toEqual({ sent: 0, failed: 0 });
      // Let the back-off elapse.
      await db().update(emailOutbox).set({ sendAfter: sql`now()` }).where(eq(emailOutbox.id, id));
    }

    expect(await deliverDueEmails({ transport })).toEqual({ sent: 0, failed: 0 });
    expect(receivedWith(subject)).toHaveLength(0);
  });

  it("gives up at once when the server refuses the recipient for good (550)", async () => {
    const subject = uniqueSubject("No such mailbox");
    const id = (await enqueueEmail(db(), { to: "nobody@example.com", subject, text: "Hello" }))!;
    expect(await deliverDueEmails({ transport })).toEqual({ sent: 0, failed: 1 });
    const row = await findRow(id);
    expect(row.status).toBe("failed");
    expect(row.attempts).toBe(1);
    expect(row.lastError).toContain("No such mailbox");
    await db().update(emailOutbox).set({ sendAfter: sql`now()` }).where(eq(emailOutbox.id, id));
    expect(await deliverDueEmails({ transport })).toEqual({ sent: 0, failed: 0 });
    expect(receivedWith(subject)).toHaveLength(0);
  });

  it("keeps a message for a later attempt when the SMTP server is unreachable", async () => {
    const closed = await startTestSmtpServer();
    await closed.close();
    const subject = uniqueSubject("Unreachable");
    const id = await enqueueEmail(db(), { to: "ken@example.com", subject, text: "Hello" });

    expect(await deliverDueEmails({ transport: createMailTransport(closed.url) })).toEqual({ sent: 0, failed: 1 });
    const row = await findRow(id);
    expect(row).toMatchObject({ status: "pending", attempts: 1 });
    expect(row.lastError).toMatch(/ECONNREFUSED/);
    expect(await secondsUntilDue(row.id)).toBeGreaterThan(50);
  });

  it("delivers each message once when two passes run at the same time", async () => {
    const subject = uniqueSubject("Concurrent");
    const ids = [];
    // More than one pass claims at a time, so both passes get work.
    for (let i = 0; i < 15; i++) ids.push((await enqueueEmail(db(), { to: `person${i}@example.com`, subject, text: `Hello ${i}` }))!);

    const passes = await Promise.all([deliverDueEmails({ transport }), deliverDueEmails({ transport })]);

    expect(passes.reduce((sum, pass) => sum + pass.sent, 0)).toBe(15);
    expect(receivedWith(subject).map((mail) => mail.text?.trim()).sort()).toEqual(ids.map((_, i) => `Hello ${i}`).sort());
    const rows = await db().select().from(emailOutbox).where(inArray(emailOutbox.id, ids));
    expect(rows.every((row) => row.status === "sent" && row.attempts === 1)).toBe(true);
  });

  it("sends a burst larger than one batch in one job run", async () => {
    const subject = uniqueSubject("Burst");
    for (let i = 0; i < 25; i++) await enqueueEmail(db(), { to: `burst${i}@example.com`, subject, text: `Hello ${i}` });
    expect(await deliverAllDueEmails({ transport })).toEqual({ sent: 25, failed: 0 });
    expect(receivedWith(subject)).toHaveLength(25);
  });

  it("sends nothing without SMTP_URL and leaves the message waiting in the outbox", async () => {
    const id = await enqueueEmail(db(), { to: "barbara@example.com", subject: uniqueSubject("No SMTP"), text: "Hello" });
    expect(await deliverDueEmails()).toEqual({ sent: 0, failed: 0 });
    expect(await findRow(id)).toMatchObject({ status: "pending", attempts: 0, lastError: null });
    // Delivered once a server is configured, so nothing queued meanwhile is lost.
    await deliverDueEmails({ transport });
    expect(await findRow(id)).toMatchObject({ status: "sent" });
  });

  it("checks a composed message again when it is due: withdrawn or decisions-only candidates are not sent it", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 3 });
    const [optedOut, withdrew, reachable] = org.applicants as [Applicant, Applicant, Applicant];
    const recruiter = org.users.recruiter;
    const sender = { organizationId: org.organization.id, userId: recruiter.id, role: "recruiter" as const, name: recruiter.name, timeZone: "UTC" };
    const compose = (subject: string, decision: boolean) =>
      composeEmailSchema.parse({ applicationIds: org.applicants.map((a) => a.applicationId), subject, body: "Hello", decision, requestId: randomUUID() });
    const update = uniqueSubject("Update");
    const decision = uniqueSubject("Decision");
    await sendCandidateEmail(sender, compose(update, false));
    await sendCandidateEmail(sender, compose(decision, true));
    // Between queueing and delivery, one candidate asks for decisions only and another withdraws.
    await setDecisionsOnly(db(), org.organization.id, optedOut.candidateId, true);
    await db().update(applications).set({ status: "withdrawn" }).where(eq(applications.id, withdrew.applicationId));

    await deliverAllDueEmails({ transport });

    expect(receivedWith(update).map((mail) => mail.to)).toEqual([expect.objectContaining({ text: reachable.email })]);
    expect(receivedWith(decision).map((mail) => (mail.to as { text: string }).text).sort()).toEqual([optedOut.email, reachable.email].sort());
    const timeline = async (a: Applicant) => (await listCandidateEmails(org.organization.id, a.candidateId)).map((e) => [e.subject, e.status, e.notSentBecause]);
    expect(await timeline(optedOut)).toEqual(
      expect.arrayContaining([
        [update, "cancelled", "they asked for no more email except about decisions"],
        [decision, "sent", null],
      ]),
    );
    expect(await timeline(withdrew)).toEqual(
      expect.arrayContaining([
        [update, "cancelled", "they withdrew this application"],
        [decision, "cancelled", "they withdrew this application"],
      ]),
    );
  });

  it("sends a scheduled message to the candidate's address as it is when due, and cancels it when none is left", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 3 });
    const [corrected, erased, emptied] = org.applicants as [Applicant, Applicant, Applicant];
    const subject = await scheduleForTomorrow(org);
    const queued = await db().select().from(emailOutbox).where(eq(emailOutbox.subject, subject));
    expect(queued.map((row) => row.to).sort()).toEqual(org.applicants.map((a) => a.email).sort());

    // Before it falls due, the recruiter corrects one address by merging in the record that has the right
    // one (keeping its details), one candidate's data is erased, and one is left with no address at all.
    const right = `right-${randomBytes(4).toString("hex")}@example.com`;
    const duplicate = await addCandidate(db(), org, { name: corrected.name, email: right });
    await mergeCandidates(viewerOf(org, "recruiter"), { survivorId: corrected.candidateId, mergedId: duplicate, keepDetailsOf: "merged" });
    await anonymizeCandidate({ organizationId: org.organization.id, candidateId: erased.candidateId });
    await db().update(candidates).set({ email: "" }).where(eq(candidates.id, emptied.candidateId));
    await db().update(emailOutbox).set({ sendAfter: sql`now()` }).where(eq(emailOutbox.subject, subject));

    await deliverAllDueEmails({ transport });

    expect(receivedWith(subject).map((mail) => (mail.to as { text: string }).text)).toEqual([right]);
    const timeline = async (a: Applicant) => (await listCandidateEmails(org.organization.id, a.candidateId)).map((e) => [e.subject, e.status, e.to, e.notSentBecause]);
    expect(await timeline(corrected)).toEqual([[subject, "sent", right, null]]);
    expect(await timeline(emptied)).toEqual([[subject, "cancelled", emptied.email, "they have no email address"]]);
    // Erasure takes the unsent message with the rest of the candidate's mail.
    expect(await timeline(erased)).toEqual([]);
  });

  it("says which of erased, merged away or without an address kept a due message from its candidate", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 4 });
    const [erased, merged, blank, spaces] = org.applicants as [Applicant, Applicant, Applicant, Applicant];
    const subject = await scheduleForTomorrow(org);
    // Erasing and merging take or move the candidate's unsent mail; these rows stand for one they missed.
    await db().update(candidates).set({ anonymizedAt: sql`now()` }).where(eq(candidates.id, erased.candidateId));
    await db().update(candidates).set({ mergedIntoId: blank.candidateId }).where(eq(candidates.id, merged.candidateId));
    await db().update(candidates).set({ email: "" }).where(eq(candidates.id, blank.candidateId));
    await db().update(candidates).set({ email: "  " }).where(eq(candidates.id, spaces.candidateId));
    await db().update(emailOutbox).set({ sendAfter: sql`now()` }).where(eq(emailOutbox.subject, subject));

    await deliverAllDueEmails({ transport });

    expect(receivedWith(subject)).toEqual([]);
    const rows = await db().select({ candidateId: emailOutbox.candidateId, status: emailOutbox.status, lastError: emailOutbox.lastError }).from(emailOutbox).where(eq(emailOutbox.subject, subject));
    const reasonFor = (a: Applicant) => rows.find((row) => row.candidateId === a.candidateId);
    expect(reasonFor(erased)).toMatchObject({ status: "cancelled", lastError: "their data was deleted" });
    expect(reasonFor(merged)).toMatchObject({ status: "cancelled", lastError: "their profile was merged into another one" });
    expect(reasonFor(blank)).toMatchObject({ status: "cancelled", lastError: "they have no email address" });
    expect(reasonFor(spaces)).toMatchObject({ status: "cancelled", lastError: "they have no email address" });
    expect(await listCandidateEmails(org.organization.id, spaces.candidateId)).toEqual([expect.objectContaining({ notSentBecause: "they have no email address" })]);
  });
});
