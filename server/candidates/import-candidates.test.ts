import { sql, eq, and } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization } from "@/db/fixtures";
import { insertWebhookEndpoint } from "@/db/queries/webhooks";
import * as s from "@/db/schema";
import { importCandidatesSchema } from "@/lib/validation/candidates";
import { addApplication, addCandidate, addJob, viewerOf } from "@/test/candidates";
import { setupTestDatabase } from "@/test/database";
import { importCandidates, previewCandidateImport } from "./import-candidates";

const db = setupTestDatabase();

type Org = Awaited<ReturnType<typeof createIsolatedOrganization>>;
const actor = (org: Org, role: s.MemberRole = "recruiter") => ({ ...viewerOf(org, role), email: `${role}@example.com` });
const csv = (text: string) => new File([text], "people.csv", { type: "text/csv" });
const candidatesOf = (org: Org) =>
  db().select({ name: s.candidates.name, email: s.candidates.email, phone: s.candidates.phone, source: s.candidates.source }).from(s.candidates).where(eq(s.candidates.organizationId, org.organization.id)).orderBy(s.candidates.email);

const FILE = "\uFEFFFirst name;Last name;E-mail;Mobile;City\nAda;Lovelace;ada@example.com;+44 1;London\nGrace;Hopper;GRACE@example.com;;Arlington\nBad;Row;not-an-email;;\n";

describe("CSV import", () => {
  it("previews a file: the mapping guessed from its headers, its first rows, per-row errors and emails already known", async () => {
    const org = await createIsolatedOrganization(db());
    await addCandidate(db(), org, { name: "Grace H", email: "grace@example.com" });
    const preview = await previewCandidateImport(actor(org), { file: csv(FILE) });
    expect(preview.mapping).toEqual(["firstName", "lastName", "email", "phone", "location"]);
    expect(preview).toMatchObject({ rows: 3, valid: 2, existing: 1, errorCount: 1, mappingProblem: null });
    expect(preview.errors).toEqual([{ line: 4, messages: ["Enter a valid email address, like name@example.com."] }]);
    expect(preview.sample[0]).toMatchObject({ line: 2, name: "Ada Lovelace", email: "ada@example.com", location: "London" });
    const remapped = await previewCandidateImport(actor(org), { file: csv(FILE), mapping: ["firstName", "lastName", "", "", ""] });
    expect(remapped.mappingProblem).toBe("Choose the column that holds the email address.");
  });

  it("skips or merges candidates already in the organisation, as chosen, and adds everyone to the chosen stage", async () => {
    const org = await createIsolatedOrganization(db());
    const job = await addJob(db(), org);
    await addCandidate(db(), org, { name: "Grace H", email: "grace@example.com" });
    const mapping = JSON.stringify(["firstName", "lastName", "email", "phone", "location"]);
    const input = (duplicates: string) => importCandidatesSchema.parse({ file: csv(FILE), mapping, duplicates, skipInvalid: "on", jobId: job.id, stageId: job.stages.screen });

    // "Skip" leaves Grace's record alone but still adds her to the job.
    expect(await importCandidates(actor(org), input("skip"))).toEqual({ created: 1, merged: 0, skipped: 1, invalid: 1, applications: 2, existingApplications: 1 });
    expect(await candidatesOf(org)).toEqual([
      { name: "Ada Lovelace", email: "ada@example.com", phone: "+44 1", source: "Imported" },
      { name: "Grace H", email: "grace@example.com", phone: null, source: null },
    ]);

    // Both have an application there now: merging adds none and keeps theirs.
    expect(await importCandidates(actor(org, "admin"), input("merge"))).toEqual({ created: 0, merged: 2, skipped: 0, invalid: 1, applications: 0, existingApplications: 0 });
    expect((await candidatesOf(org))[1]).toEqual({ name: "Grace Hopper", email: "grace@example.com", phone: null, source: null });
    const applications = await db().select({ stageId: s.applications.stageId, source: s.applications.source }).from(s.applications).where(eq(s.applications.jobId, job.id));
    expect(applications).toEqual([
      { stageId: job.stages.screen, source: "Imported" },
      { stageId: job.stages.screen, source: "Imported" },
    ]);
    const audit = await db().select({ details: s.auditEvents.details }).from(s.auditEvents).where(and(eq(s.auditEvents.organizationId, org.organization.id), eq(s.auditEvents.action, "candidates.imported")));
    expect(audit).toHaveLength(2);
  });

  it("on skip, adds an existing candidate to the job unless they already applied there, and counts them apart", async () => {
    const org = await createIsolatedOrganization(db());
    const job = await addJob(db(), org);
    const ada = await addCandidate(db(), org, { name: "Ada L", email: "ADA@example.com" });
    const grace = await addCandidate(db(), org, { name: "Grace H", email: "grace@example.com" });
    const graceApplication = await addApplication(db(), org, grace, job, { stage: "interview" });
    const file = `${FILE}Alan;Turing;alan@example.com;;\n`;
    const input = importCandidatesSchema.parse({ file: csv(file), mapping: JSON.stringify(["firstName", "lastName", "email", "phone", "location"]), duplicates: "skip", skipInvalid: "on", jobId: job.id });
    await insertWebhookEndpoint(db(), { organizationId: org.organization.id, url: "https://hooks.example.com/candor", events: ["application.created"], secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" });

    expect(await importCandidates(actor(org), input)).toEqual({ created: 1, merged: 0, skipped: 2, invalid: 1, applications: 2, existingApplications: 1 });
    const rows = await db()
      .select({ id: s.applications.id, candidateId: s.applications.candidateId, stageId: s.applications.stageId, source: s.applications.source })
      .from(s.applications)
      .where(eq(s.applications.jobId, job.id));
    expect(rows.find((row) => row.candidateId === ada)).toMatchObject({ stageId: job.stages.applied, source: "Imported" });
    // Grace keeps her application where it was.
    expect(rows.filter((row) => row.candidateId === grace)).toEqual([{ id: graceApplication, candidateId: grace, stageId: job.stages.interview, source: null }]);
    expect(rows).toHaveLength(3);
    expect(await candidatesOf(org)).toContainEqual({ name: "Ada L", email: "ADA@example.com", phone: null, source: null });
    // Integrations hear of the two new applications, as when a candidate is added to a job by hand.
    const events = await db().select({ type: s.webhookEvents.type, payload: s.webhookEvents.payload }).from(s.webhookEvents).where(eq(s.webhookEvents.organizationId, org.organization.id));
    expect(events.map((e) => e.type)).toEqual(["application.created", "application.created"]);
    expect(events.map((e) => e.payload.data.application_id).sort()).toEqual(rows.filter((row) => row.candidateId !== grace).map((row) => row.id).sort());
  });

  it("refuses a file with bad rows unless they are left out, and stores nothing", async () => {
    const org = await createIsolatedOrganization(db());
    const input = importCandidatesSchema.parse({ file: csv(FILE), mapping: JSON.stringify(["firstName", "lastName", "email", "phone", "location"]), duplicates: "skip" });
    await expect(importCandidates(actor(org), input)).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining("1 row has errors") });
    expect(await candidatesOf(org)).toEqual([]);
    await expect(importCandidates(actor(org, "interviewer"), input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(importCandidates(actor(org, "hiring_manager"), input)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("rolls everything back when the database fails part-way: no candidate, no application, no audit entry", async () => {
    const org = await createIsolatedOrganization(db());
    const job = await addJob(db(), org);
    // A real failure inside the transaction, after the candidates were written: the job's applications refuse inserts.
    const trigger = `import_fails_${job.id.replaceAll("-", "")}`;
    await db().execute(sql.raw(`create function ${trigger}() returns trigger language plpgsql as $$ begin raise exception 'disk full'; end $$`));
    await db().execute(sql.raw(`create trigger ${trigger} before insert on applications for each row when (new.job_id = '${job.id}') execute function ${trigger}()`));
    try {
      const input = importCandidatesSchema.parse({ file: csv(FILE), mapping: JSON.stringify(["firstName", "lastName", "email", "phone", "location"]), duplicates: "merge", skipInvalid: true, jobId: job.id });
      await expect(importCandidates(actor(org), input)).rejects.toMatchObject({ cause: expect.objectContaining({ message: "disk full" }) });
    } finally {
      // One statement per call: the embedded database prepares each and refuses two in one.
      await db().execute(sql.raw(`drop trigger ${trigger} on applications`));
      await db().execute(sql.raw(`drop function ${trigger}()`));
    }
    expect(await candidatesOf(org)).toEqual([]);
    const audit = await db().select({ id: s.auditEvents.id }).from(s.auditEvents).where(and(eq(s.auditEvents.organizationId, org.organization.id), eq(s.auditEvents.action, "candidates.imported")));
    expect(audit).toEqual([]);
  });

  it("refuses what can't be read: no data row, a broken quote, the same email twice", async () => {
    const org = await createIsolatedOrganization(db());
    await expect(previewCandidateImport(actor(org), { file: csv("name,email\n") })).rejects.toMatchObject({ message: "The file has no rows below its header row." });
    await expect(previewCandidateImport(actor(org), { file: csv('name,email\n"Ada,ada@example.com\n') })).rejects.toMatchObject({ code: "VALIDATION" });
    const twice = await previewCandidateImport(actor(org), { file: csv("Name,Email\nAda,ada@example.com\nAda L,ADA@example.com\n") });
    expect(twice.errors).toEqual([{ line: 3, messages: ["The same email address as line 2."] }]);
  });
});
