import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import { setupTestDatabase } from "@/test/database";
import { KEY_REUSED, submitApplication } from "./submit-application";

// Its own database: submitting starts the background text reader, which takes every waiting file.
const db = setupTestDatabase({ ownDatabase: true });
const resume = () => new File([readFileSync(path.join(__dirname, "../../test/files/resume.pdf"))], "resume.pdf");
const otherResume = () => new File(["Plain text resume of someone else entirely.\n"], "resume.txt");

let org: IsolatedOrganization;
let otherJob: { slug: string };

beforeAll(async () => {
  org = await createIsolatedOrganization(db());
  const [job] = await db()
    .insert(s.jobs)
    .values({ organizationId: org.organization.id, slug: `other-${randomUUID()}`, title: "Other job", status: "open", publishedAt: new Date() })
    .returning();
  await db().insert(s.jobStages).values({ organizationId: org.organization.id, jobId: job!.id, name: "Applied", kind: "applied", position: 0 });
  otherJob = job!;
});

const form = (overrides: Record<string, unknown> = {}) => ({
  name: "Original Candidate",
  email: `original-${randomUUID()}@example.com`,
  phone: "+44 20 7946 0000",
  resume: resume(),
  consent: "on",
  leaveEmpty: "",
  idempotencyKey: randomUUID(),
  ...overrides,
});

let ip = 0;
const apply = (raw: Record<string, unknown>, job = org.job.slug) =>
  submitApplication(org.organization.slug, { slug: job }, raw, { ip: `10.77.0.${(ip += 1) % 250}` });

async function counts() {
  const scope = (table: typeof s.applications | typeof s.candidates | typeof s.candidateAccessTokens | typeof s.emailOutbox | typeof s.files) =>
    db().select({ n: count() }).from(table).where(eq(table.organizationId, org.organization.id));
  const [[a], [c], [t], [m], [f]] = await Promise.all([scope(s.applications), scope(s.candidates), scope(s.candidateAccessTokens), scope(s.emailOutbox), scope(s.files)]);
  return { applications: a!.n, candidates: c!.n, statusLinks: t!.n, emails: m!.n, files: f!.n };
}

describe("an idempotency key is bound to the job, the email and the body it was first sent with", () => {
  it.each([
    ["another email on the same job", (o: ReturnType<typeof form>) => ({ ...form(), idempotencyKey: o.idempotencyKey }), undefined],
    ["another email on another job", (o: ReturnType<typeof form>) => ({ ...form(), idempotencyKey: o.idempotencyKey }), "other"],
    ["the same email on another job", (o: ReturnType<typeof form>) => ({ ...o, resume: resume() }), "other"],
    ["the same email and job with another name", (o: ReturnType<typeof form>) => ({ ...o, name: "Someone Else", resume: resume() }), undefined],
    ["the same email and job with another phone", (o: ReturnType<typeof form>) => ({ ...o, phone: "+1 555 0100", resume: resume() }), undefined],
    ["the same email and job with another resume", (o: ReturnType<typeof form>) => ({ ...o, resume: otherResume() }), undefined],
  ])("refuses the key reused with %s: 409, naming nothing, storing nothing, no status link", async (_label, reuse, job) => {
    const original = form();
    const first = await apply(original);
    expect(first.ok).toBe(true);
    const before = await counts();

    const raw = reuse(original);
    const result = await apply(raw, job === "other" ? otherJob.slug : org.job.slug);

    expect(result).toEqual({ ok: false, code: "CONFLICT", formError: KEY_REUSED, fieldErrors: undefined });
    const said = JSON.stringify(result);
    for (const secret of [original.email, original.name, original.phone, first.ok ? first.data.applicationId : "-"]) expect(said).not.toContain(secret);
    expect(await counts()).toEqual(before);
  });

  it("answers an identical retry, email in any case, with the same application and a link to that candidate only", async () => {
    const original = form();
    const first = await apply(original);
    const retry = await apply({ ...original, email: original.email.toUpperCase(), resume: resume() });
    expect(first.ok && retry.ok).toBe(true);
    if (!first.ok || !retry.ok) return;
    expect(retry.data.applicationId).toBe(first.data.applicationId);
    const [candidate] = await db().select({ id: s.candidates.id }).from(s.candidates).where(eq(s.candidates.email, original.email));
    const [links] = await db().select({ n: count() }).from(s.candidateAccessTokens).where(eq(s.candidateAccessTokens.candidateId, candidate!.id));
    expect(links!.n).toBe(2);
    const [apps] = await db().select({ n: count() }).from(s.applications).where(eq(s.applications.candidateId, candidate!.id));
    expect(apps!.n).toBe(1);
  });

  it("still says 'already applied' for a second application with a new key", async () => {
    const original = form();
    expect((await apply(original)).ok).toBe(true);
    const again = await apply({ ...original, idempotencyKey: randomUUID(), resume: resume() });
    expect(again.ok || again.code).toBe("ALREADY_APPLIED");
  });
});
