import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import { addCandidateSchema, referCandidateSchema } from "@/lib/validation/candidates";
import { addJob, viewerOf } from "@/test/candidates";
import { setupTestDatabase } from "@/test/database";
import { pdfWithContent } from "@/test/pdf";
import { addCandidate } from "./add-candidate";
import { listMyReferrals, referCandidate } from "./refer-candidate";

const db = setupTestDatabase();

const actor = (org: Awaited<ReturnType<typeof createIsolatedOrganization>>, role: s.MemberRole = "recruiter") => ({ ...viewerOf(org, role), name: `The ${role}` });
const resume = () => new File([new Uint8Array(pdfWithContent(Buffer.from("BT /F1 12 Tf 72 712 Td (Ada resume) Tj ET")))], "ada.pdf", { type: "application/pdf" });

describe("addCandidate", () => {
  it("adds a candidate with links and a resume into the chosen stage of a job, the resume waiting for its text", async () => {
    const org = await createIsolatedOrganization(db());
    const job = await addJob(db(), org);
    const input = addCandidateSchema.parse({
      name: "Ada Lovelace",
      email: "Ada@Example.com",
      phone: "+44 20 7946 0000",
      linkedin: "linkedin.com/in/ada",
      resume: resume(),
      jobId: job.id,
      stageId: job.stages.screen,
    });
    const result = await addCandidate(actor(org), input);
    expect(result.outcome).toBe("added");
    if (result.outcome !== "added") return;
    const [candidate] = await db().select().from(s.candidates).where(eq(s.candidates.id, result.candidateId));
    expect(candidate).toMatchObject({ name: "Ada Lovelace", email: "ada@example.com", source: "Added by The recruiter", links: [{ label: "LinkedIn", url: "https://linkedin.com/in/ada" }] });
    const [application] = await db().select().from(s.applications).where(eq(s.applications.id, result.applicationId!));
    expect(application).toMatchObject({ jobId: job.id, stageId: job.stages.screen, source: "Added by The recruiter", candidateId: result.candidateId });
    const files = await db().select().from(s.files).where(eq(s.files.candidateId, result.candidateId));
    expect(files).toMatchObject([{ kind: "resume", mediaType: "application/pdf", applicationId: result.applicationId, textPending: true }]);
  });

  it("keeps someone without a job as a prospect, and answers the existing candidate for an email already in the organisation", async () => {
    const org = await createIsolatedOrganization(db());
    const first = await addCandidate(actor(org), addCandidateSchema.parse({ name: "Grace Hopper", email: "grace@example.com" }));
    expect(first).toMatchObject({ outcome: "added", applicationId: null });
    const again = await addCandidate(actor(org, "admin"), addCandidateSchema.parse({ name: "G. Hopper", email: "GRACE@example.com" }));
    expect(again).toEqual({ outcome: "duplicate", candidateId: first.candidateId, name: "Grace Hopper" });
    const rows = await db().select().from(s.candidates).where(eq(s.candidates.organizationId, org.organization.id));
    expect(rows.filter((row) => row.email === "grace@example.com")).toHaveLength(1);
  });

  it("refuses a resume whose bytes are not a document, a job of another organisation, and members who may not add", async () => {
    const org = await createIsolatedOrganization(db());
    const other = await createIsolatedOrganization(db());
    const fake = new File([new TextEncoder().encode("MZ\u0090\u0000 not a pdf")], "cv.pdf", { type: "application/pdf" });
    await expect(addCandidate(actor(org), addCandidateSchema.parse({ name: "X", email: "x@example.com", resume: fake }))).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(addCandidate(actor(org), addCandidateSchema.parse({ name: "Y", email: "y@example.com", jobId: other.job.id }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addCandidate(actor(org, "interviewer"), addCandidateSchema.parse({ name: "Z", email: "z@example.com" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(addCandidate(actor(org, "hiring_manager"), addCandidateSchema.parse({ name: "Z", email: "z@example.com" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const stored = await db()
      .select({ id: s.candidates.id })
      .from(s.candidates)
      .where(and(eq(s.candidates.organizationId, org.organization.id), eq(s.candidates.email, "y@example.com")));
    expect(stored).toEqual([]);
  });
});

describe("referCandidate", () => {
  it("records the referral with its source and note, and lists it for the referrer alone, with its current stage", async () => {
    const org = await createIsolatedOrganization(db());
    const job = await addJob(db(), org, { title: "Compiler Engineer" });
    const interviewer = actor(org, "interviewer");
    const { applicationId } = await referCandidate(
      interviewer,
      referCandidateSchema.parse({ name: "Barbara Liskov", email: "barbara@example.com", jobId: job.id, note: "Worked with her on CLU.", resume: resume() }),
    );
    const [application] = await db().select().from(s.applications).where(eq(s.applications.id, applicationId));
    expect(application).toMatchObject({ source: "Referral: The interviewer", referrerUserId: org.users.interviewer.id, stageId: job.stages.applied });
    const notes = await db().select().from(s.notes).where(eq(s.notes.applicationId, applicationId));
    expect(notes).toMatchObject([{ body: "Worked with her on CLU.", authorUserId: org.users.interviewer.id }]);
    expect(await listMyReferrals(interviewer)).toMatchObject([{ name: "Barbara Liskov", jobTitle: "Compiler Engineer", stageName: "Applied" }]);
    expect(await listMyReferrals(actor(org, "hiring_manager"))).toEqual([]);
    await expect(
      referCandidate(actor(org, "hiring_manager"), referCandidateSchema.parse({ name: "Barbara L", email: "BARBARA@example.com", jobId: job.id })),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refers only for the organisation's open jobs", async () => {
    const org = await createIsolatedOrganization(db());
    const other = await createIsolatedOrganization(db());
    await expect(referCandidate(actor(org), referCandidateSchema.parse({ name: "A", email: "a@example.com", jobId: other.job.id }))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
