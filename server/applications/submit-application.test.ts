import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import { insertSubmission } from "@/db/queries/applications";
import * as s from "@/db/schema";
import { postgresErrorCode } from "@/lib/db-errors";
import { BOT_TRAP_MESSAGE } from "@/lib/validation/application";
import { setupTestDatabase } from "@/test/database";
import { MAX_SEARCHABLE_CHARS } from "@/lib/applications/files";
import { extractPendingTexts } from "./extract-resume-text";
import { hashStatusToken } from "@/lib/applications/tokens";
import { submitApplication } from "./submit-application";

// Its own database: reading resume text (extractPendingTexts) takes every waiting file, whoever uploaded it.
const db = setupTestDatabase({ ownDatabase: true });
const filesDir = path.join(__dirname, "../../test/files");
const upload = (name: string, as = name) => new File([readFileSync(path.join(filesDir, name))], as);

let org: IsolatedOrganization;
let questions: { required: string; choice: string; skills: string; portfolio: string };

beforeAll(async () => {
  org = await createIsolatedOrganization(db());
  const rows = await db()
    .insert(s.jobQuestions)
    .values([
      { organizationId: org.organization.id, jobId: org.job.id, position: 0, label: "Why us?", type: "long_text", required: true },
      { organizationId: org.organization.id, jobId: org.job.id, position: 1, label: "Work permit?", type: "yes_no", required: true },
      { organizationId: org.organization.id, jobId: org.job.id, position: 2, label: "Skills", type: "multi_select", required: false, options: ["Go", "Rust"] },
      { organizationId: org.organization.id, jobId: org.job.id, position: 3, label: "Portfolio", type: "file", required: false },
    ])
    .returning({ id: s.jobQuestions.id });
  questions = { required: rows[0]!.id, choice: rows[1]!.id, skills: rows[2]!.id, portfolio: rows[3]!.id };
});

function form(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: "Jordan Example",
    email: `jordan-${randomUUID()}@example.com`,
    resume: upload("resume.pdf"),
    consent: "on",
    leaveEmpty: "",
    idempotencyKey: randomUUID(),
    [`answers.q_${questions.required}`]: "Because of the robots.",
    [`answers.q_${questions.choice}`]: "yes",
    ...overrides,
  };
}

const apply = (raw: Record<string, unknown>, ip = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`) =>
  submitApplication(org.organization.slug, { slug: org.job.slug }, raw, { ip });

async function stored() {
  const scope = eq(s.applications.organizationId, org.organization.id);
  const [apps] = await db().select({ n: count() }).from(s.applications).where(scope);
  const [fileRows] = await db().select({ n: count() }).from(s.files).where(eq(s.files.organizationId, org.organization.id));
  const [contents] = await db().select({ n: count() }).from(s.fileContents).innerJoin(s.files, eq(s.files.id, s.fileContents.fileId)).where(eq(s.files.organizationId, org.organization.id));
  const [outbox] = await db().select({ n: count() }).from(s.emailOutbox).where(eq(s.emailOutbox.organizationId, org.organization.id));
  return { applications: apps!.n, files: fileRows!.n, contents: contents!.n, emails: outbox!.n };
}

/** Asserts the submission is refused with `message` on `field` and that nothing at all was stored. */
async function expectRefused(raw: Record<string, unknown>, field: string, message: string | RegExp) {
  const before = await stored();
  const result = await apply(raw);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  const messages = field === "form" ? [result.formError] : result.fieldErrors?.[field];
  expect(messages?.some((m) => (typeof message === "string" ? m === message : message.test(m ?? "")))).toBe(true);
  expect(await stored()).toEqual(before);
}

describe("submitApplication", () => {
  it("stores the candidate, application, answers, files, history and a queued confirmation together", async () => {
    const raw = form({
      phone: "+44 20 7946 0000",
      linkedin: "https://www.linkedin.com/in/jordan",
      [`answers.q_${questions.skills}`]: ["Go", "Rust"],
      [`answers.q_${questions.portfolio}`]: upload("resume.docx", "portfolio.docx"),
      gender: "decline",
      source: "newsletter",
      utm_campaign: "autumn",
      referrer: "https://news.example.com/post",
    });
    const result = await apply(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { applicationId, statusToken } = result.data;

    const [application] = await db().select().from(s.applications).where(eq(s.applications.id, applicationId));
    expect(application).toMatchObject({ status: "active", source: "newsletter", sourceDetails: { utm: { campaign: "autumn" }, referrer: "https://news.example.com/post" } });
    const [candidate] = await db().select().from(s.candidates).where(eq(s.candidates.id, application!.candidateId));
    expect(candidate).toMatchObject({ name: "Jordan Example", phone: "+44 20 7946 0000", links: [{ label: "LinkedIn", url: "https://www.linkedin.com/in/jordan" }] });

    const storedFiles = await db().select().from(s.files).where(eq(s.files.applicationId, applicationId));
    expect(storedFiles.map((f) => [f.kind, f.mediaType]).sort()).toEqual([
      ["answer", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
      ["resume", "application/pdf"],
    ]);
    // The resume's text is read after the candidate has their answer, then searchable.
    expect(storedFiles.find((f) => f.kind === "resume")).toMatchObject({ extractedText: null, textPending: true });
    await extractPendingTexts({ shouldPause: () => false });
    const [resume] = await db().select().from(s.files).where(and(eq(s.files.applicationId, applicationId), eq(s.files.kind, "resume")));
    expect(resume).toMatchObject({ textPending: false, extractedText: expect.stringContaining("PostgreSQL since 2015") });

    const answers = await db().select().from(s.applicationAnswers).where(eq(s.applicationAnswers.applicationId, applicationId));
    expect(answers.find((a) => a.questionId === questions.skills)?.value).toEqual(["Go", "Rust"]);
    expect(answers.find((a) => a.questionId === questions.portfolio)?.fileId).toBeTruthy();

    const events = await db().select().from(s.applicationEvents).where(eq(s.applicationEvents.applicationId, applicationId));
    expect(events.map((e) => e.type)).toEqual(["applied"]);
    const [selfId] = await db().select().from(s.selfIdentifications).where(eq(s.selfIdentifications.applicationId, applicationId));
    expect(selfId?.gender).toBe("decline");

    const [token] = await db().select().from(s.candidateAccessTokens).where(eq(s.candidateAccessTokens.tokenHash, hashStatusToken(statusToken)));
    expect(token?.candidateId).toBe(application!.candidateId);
    const [mail] = await db().select().from(s.emailOutbox).where(eq(s.emailOutbox.dedupeKey, `application-confirmation:${applicationId}`));
    expect(mail).toMatchObject({ to: (raw.email as string).toLowerCase(), subject: `We received your application for ${org.job.title}`, status: "pending" });
    // Tied to the candidate and application, so it shows on the candidate's timeline.
    expect(mail).toMatchObject({ candidateId: application!.candidateId, applicationId });
    expect(mail?.text).toContain(`/status/${statusToken}`);
  });

  it("stores nothing at all when any part of an application cannot be stored", async () => {
    const before = await stored();
    const email = `partial-${randomUUID()}@example.com`;
    const failed = await insertSubmission(db(), {
      organizationId: org.organization.id,
      jobId: org.job.id,
      applicationId: randomUUID(),
      candidate: { name: "Partial", email, links: [] },
      application: { event: { type: "applied" } },
      documents: [
        { id: randomUUID(), storageKey: "pg", kind: "resume", originalName: "cv.txt", mediaType: "text/plain", sizeBytes: 3, sha256: "0".repeat(64), data: Buffer.from("abc"), extractedText: "abc", textPending: false },
      ],
      // The last part to be written refers to a question that does not exist.
      answers: [{ questionId: randomUUID(), value: "An answer to nothing" }],
      selfIdentification: { gender: "decline" },
      accessTokenHash: randomUUID(),
      confirmation: { to: email, subject: "Received", text: "Thanks" },
    }).catch((error: unknown) => error);
    expect(postgresErrorCode(failed)).toBe("23503");
    expect(await stored()).toEqual(before);
    expect(await db().select().from(s.candidates).where(eq(s.candidates.email, email))).toEqual([]);
  });

  it("accepts a long text resume: the file is stored whole and its first 200,000 characters are searchable", async () => {
    // 1.6 MB of varied words: more than Postgres's full-text index takes from one value.
    const words = Array.from({ length: 200_000 }, (_, i) => `w${(i * 7919).toString(36)}x`);
    const text = words.join(" ");
    const result = await apply(form({ resume: new File([text], "resume.txt") }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [resume] = await db().select().from(s.files).where(eq(s.files.applicationId, result.data.applicationId));
    expect(resume).toMatchObject({ sizeBytes: Buffer.byteLength(text), textPending: false });
    expect(resume?.extractedText).toBe(text.slice(0, MAX_SEARCHABLE_CHARS));
  });

  it("stores nothing for a job without a live pipeline stage, even with no files or answers", async () => {
    const [stageless] = await db().insert(s.jobs).values({ organizationId: org.organization.id, slug: `stageless-${randomUUID()}`, title: "Stageless", status: "open" }).returning();
    const before = await stored();
    const email = `stageless-${randomUUID()}@example.com`;
    const failed = await insertSubmission(db(), {
      organizationId: org.organization.id,
      jobId: stageless!.id,
      applicationId: randomUUID(),
      candidate: { name: "Stageless", email, links: [] },
      application: { event: { type: "applied" } },
      documents: [],
      answers: [],
      selfIdentification: {},
      accessTokenHash: randomUUID(),
      confirmation: { to: email, subject: "Received", text: "Thanks" },
    }).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(Error);
    expect(await stored()).toEqual(before);
    expect(await db().select().from(s.candidates).where(eq(s.candidates.email, email))).toEqual([]);
    // Through the form, the candidate is told the job can't take applications; nothing is stored.
    const result = await submitApplication(org.organization.slug, { slug: stageless!.slug }, form({ email }), { ip: "10.5.0.1" });
    expect(result).toMatchObject({ ok: false, code: "INTERNAL" });
    expect(await stored()).toEqual(before);
  });

  it("says 'already applied' for a second application to the same job, whatever the email's case", async () => {
    const email = `twice-${randomUUID()}@example.com`;
    expect((await apply(form({ email }))).ok).toBe(true);
    await expectRefused(form({ email: email.toUpperCase() }), "email", /You have already applied for this job/);
  });

  it("reuses the candidate when the same person applies to another job", async () => {
    const other = await db().insert(s.jobs).values({ organizationId: org.organization.id, slug: `second-${randomUUID()}`, title: "Second", status: "open" }).returning();
    await db().insert(s.jobStages).values({ organizationId: org.organization.id, jobId: other[0]!.id, name: "Applied", kind: "applied", position: 0 });
    const email = `both-${randomUUID()}@example.com`;
    const first = await apply(form({ email }));
    const second = await submitApplication(org.organization.slug, { slug: other[0]!.slug }, form({ email }), { ip: "10.8.0.1" });
    expect(first.ok && second.ok).toBe(true);
    const rows = await db().select({ candidateId: s.applications.candidateId }).from(s.applications).innerJoin(s.candidates, eq(s.candidates.id, s.applications.candidateId)).where(eq(s.candidates.email, email));
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r) => r.candidateId)).size).toBe(1);
  });

  it("creates exactly one application for a double-clicked or retried submit", async () => {
    const raw = form();
    const [a, b] = await Promise.all([apply({ ...raw }), apply({ ...raw })]);
    const c = await apply({ ...raw });
    expect([a.ok, b.ok, c.ok]).toEqual([true, true, true]);
    if (!a.ok || !b.ok || !c.ok) return;
    expect(new Set([a.data.applicationId, b.data.applicationId, c.data.applicationId]).size).toBe(1);
    const [mails] = await db().select({ n: count() }).from(s.emailOutbox).where(eq(s.emailOutbox.dedupeKey, `application-confirmation:${a.data.applicationId}`));
    expect(mails?.n).toBe(1);
  });

  it.each([
    ["an empty resume", { resume: new File([], "cv.pdf") }, "resume", /empty/],
    ["a resume of 10 MB + 1 byte", { resume: new File([new Uint8Array(10 * 1024 * 1024 + 1)], "cv.pdf") }, "resume", "Resume is larger than 10 MB. Upload a smaller file."],
    ["an HTML page renamed .pdf", { resume: upload("page.html", "cv.pdf") }, "resume", /^Resume is named \.pdf but/],
    ["an SVG renamed .pdf", { resume: upload("image.svg", "cv.pdf") }, "resume", /^Resume is named \.pdf but/],
    ["a script renamed .pdf", { resume: upload("script.js", "cv.pdf") }, "resume", /^Resume is named \.pdf but/],
    ["a program renamed .pdf", { resume: upload("program.elf", "cv.pdf") }, "resume", /^Resume is named \.pdf but/],
    ["PDF bytes named ../../x.sh", { resume: upload("resume.pdf", "../../x.sh") }, "resume", "Resume must be a PDF, Word (DOC or DOCX), RTF or TXT file."],
    ["a name with right-to-left override", { resume: upload("resume.pdf", "cv\u202Efdp.exe.pdf") }, "resume", /text-direction characters/],
    ["a name with control characters", { resume: upload("resume.pdf", "cv\u0001.pdf") }, "resume", /control/],
    ["a broken PDF", { resume: upload("broken.pdf") }, "resume", /could not be read as a PDF/],
    ["a DOCX zip bomb", { resume: upload("bomb.docx") }, "resume", /expands to far more data/],
    ["a bad file answer", { [`answers.q_PORTFOLIO`]: upload("page.html", "portfolio.pdf") }, "answers.q_PORTFOLIO", /^This file is named \.pdf but/],
    ["no resume", { resume: undefined }, "resume", "Attach your resume."],
    ["a 100 KB name", { name: "x".repeat(100_000) }, "name", "Your name must be at most 200 characters."],
    ["an invalid email", { email: "not-an-email" }, "email", "Enter a valid email address, like name@example.com."],
    ["a missing required answer", { [`answers.q_REQUIRED`]: "  " }, "answers.q_REQUIRED", "Answer this question."],
    ["a yes/no answer that is neither", { [`answers.q_CHOICE`]: "maybe" }, "answers.q_CHOICE", "Choose yes or no."],
    ["an option that is not offered", { [`answers.q_SKILLS`]: ["Go", "COBOL"] }, "answers.q_SKILLS.1", "Choose only the listed options."],
    ["no consent", { consent: undefined }, "consent", "Please confirm that you have read the privacy notice."],
    ["a filled bot trap", { leaveEmpty: "Spam Inc" }, "leaveEmpty", BOT_TRAP_MESSAGE],
    ["a javascript: link", { website: "javascript:alert(1)" }, "website", "Website must be a full web address starting with https://"],
  ])("refuses %s with a clear message and stores nothing", async (_label, overrides, field, message) => {
    const ids: Record<string, string> = { PORTFOLIO: questions.portfolio, REQUIRED: questions.required, CHOICE: questions.choice, SKILLS: questions.skills };
    const resolve = (key: string) => key.replace(/q_([A-Z]+)/, (_, name: string) => `q_${ids[name]}`);
    const raw = Object.fromEntries(Object.entries(form()).concat(Object.entries(overrides).map(([k, v]) => [resolve(k), v])));
    await expectRefused(raw, resolve(field), message);
  });

  it("keeps XSS payloads as plain text", async () => {
    const payload = `<img src=x onerror=alert(1)><script>alert("x")</script>`;
    const result = await apply(form({ name: payload, [`answers.q_${questions.required}`]: payload }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [row] = await db().select({ name: s.candidates.name }).from(s.candidates).innerJoin(s.applications, eq(s.applications.candidateId, s.candidates.id)).where(eq(s.applications.id, result.data.applicationId));
    expect(row?.name).toBe(payload);
  });

  it("refuses closed, draft, unknown and other organisations' jobs", async () => {
    const other = await createIsolatedOrganization(db());
    const draft = await db().insert(s.jobs).values({ organizationId: org.organization.id, slug: `draft-${randomUUID()}`, title: "Draft", status: "draft" }).returning();
    const closed = await db().insert(s.jobs).values({ organizationId: org.organization.id, slug: `closed-${randomUUID()}`, title: "Closed", status: "closed" }).returning();
    const expired = await db().insert(s.jobs).values({ organizationId: org.organization.id, slug: `expired-${randomUUID()}`, title: "Expired", status: "open", closesAt: new Date(Date.now() - 60_000) }).returning();
    const otherJobSlug = (await db().select({ slug: s.jobs.slug }).from(s.jobs).where(eq(s.jobs.id, other.job.id)))[0]!.slug;
    for (const slug of [draft[0]!.slug, closed[0]!.slug, expired[0]!.slug, "no-such-job", otherJobSlug]) {
      const before = await stored();
      const result = await submitApplication(org.organization.slug, { slug }, form(), { ip: "10.7.0.1" });
      expect(result).toMatchObject({ ok: false, code: "NOT_FOUND", formError: expect.stringMatching(/not accepting applications/) });
      expect(await stored()).toEqual(before);
    }
  });

  it("refuses further applications from one address after the hourly limit", async () => {
    const ip = `10.6.${Math.floor(Math.random() * 250)}.1`;
    for (let i = 0; i < 20; i++) await apply(form({ email: "bad" }), ip);
    const before = await stored();
    const result = await apply(form(), ip);
    expect(result).toMatchObject({ ok: false, code: "RATE_LIMITED", formError: expect.stringMatching(/Too many applications/) });
    expect(await stored()).toEqual(before);
  });
});
