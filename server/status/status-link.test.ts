import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import { submitApplication } from "@/server/applications/submit-application";
import { moveApplications } from "@/server/pipeline/move-applications";
import { hashStatusToken } from "@/lib/applications/tokens";
import { setupTestDatabase } from "@/test/database";
import { findCandidateByTokenHash, listCandidateApplications } from "@/db/queries/candidate-status";
import { anonymizeCandidate } from "./anonymize-candidate";
import { exportCandidateData } from "./export-candidate-data";
import { withdrawApplication } from "./withdraw-application";

const db = setupTestDatabase();
const resume = () => new File([readFileSync(path.join(__dirname, "../../test/files/resume.pdf"))], "resume.pdf");

/** Applies through the real intake service and returns the candidate behind the status link. */
async function applicant(orgSlug: string, jobSlug: string, tracking: Record<string, string> = {}) {
  const result = await submitApplication(
    orgSlug,
    { slug: jobSlug },
    { name: "Casey Candidate", email: `casey-${randomUUID()}@example.com`, resume: resume(), consent: "on", leaveEmpty: "", idempotencyKey: randomUUID(), gender: "decline", ...tracking },
    { ip: `10.5.${Math.floor(Math.random() * 250)}.1` },
  );
  if (!result.ok) throw new Error(result.formError);
  const candidate = await findCandidateByTokenHash(hashStatusToken(result.data.statusToken));
  if (!candidate) throw new Error("status link does not resolve");
  return { candidate, applicationId: result.data.applicationId };
}

describe("the candidate's status link", () => {
  it("cannot withdraw another candidate's application", async () => {
    const org = await createIsolatedOrganization(db());
    const mine = await applicant(org.organization.slug, org.job.slug);
    const theirs = await applicant(org.organization.slug, org.job.slug);
    expect(await withdrawApplication(mine.candidate, theirs.applicationId)).toBe(false);
    const [row] = await db().select({ status: s.applications.status }).from(s.applications).where(eq(s.applications.id, theirs.applicationId));
    expect(row?.status).toBe("active");

    expect(await withdrawApplication(mine.candidate, mine.applicationId)).toBe(true);
    expect(await withdrawApplication(mine.candidate, mine.applicationId)).toBe(false);
    expect((await listCandidateApplications(mine.candidate)).map((a) => a.status)).toEqual(["withdrawn"]);
  });

  it("exports only the candidate's own data, files included, and records the export", async () => {
    const org = await createIsolatedOrganization(db());
    const mine = await applicant(org.organization.slug, org.job.slug);
    await applicant(org.organization.slug, org.job.slug);
    const data = await exportCandidateData(mine.candidate);
    expect(data.applications.map((a) => a.id)).toEqual([mine.applicationId]);
    expect(data.files).toHaveLength(1);
    const events = await db().select({ type: s.applicationEvents.type }).from(s.applicationEvents).where(eq(s.applicationEvents.applicationId, mine.applicationId));
    expect(events.map((e) => e.type)).toContain("data_exported");
  });

  it("exports where the candidate came from and each stage their application entered, when and by whom", async () => {
    const org = await createIsolatedOrganization(db());
    const mine = await applicant(org.organization.slug, org.job.slug, { utm_medium: "email", utm_campaign: "autumn", referrer: "https://www.google.com/search?q=jobs" });
    const recruiter = { organizationId: org.organization.id, userId: org.users.recruiter.id, role: "recruiter" as const };
    const screen = org.stages.find((stage) => stage.name === "Screen")!.id;
    await moveApplications(recruiter, { jobId: org.job.id, toStageId: screen, applications: [{ applicationId: mine.applicationId, version: 1 }] });

    const [application] = (await exportCandidateData(mine.candidate)).applications;
    expect(application).toMatchObject({ source: "google.com", referrer: "https://www.google.com/search", utm: { medium: "email", campaign: "autumn" } });
    expect(application!.stageHistory).toEqual([
      { stage: "Applied", enteredAt: expect.any(Date), by: "you" },
      { stage: "Screen", enteredAt: expect.any(Date), by: "the hiring team" },
    ]);
    expect(application!.stageHistory[1]!.enteredAt.getTime()).toBeGreaterThanOrEqual(application!.stageHistory[0]!.enteredAt.getTime());
  });

  it("exports the emails Candor sent the candidate and their replies, not mail still waiting to go", async () => {
    const org = await createIsolatedOrganization(db());
    const mine = await applicant(org.organization.slug, org.job.slug);
    const [confirmation] = await db().select().from(s.emailOutbox).where(eq(s.emailOutbox.applicationId, mine.applicationId));
    expect((await exportCandidateData(mine.candidate)).emailsSentToYou).toEqual([]);
    await db().update(s.emailOutbox).set({ status: "sent", sentAt: new Date() }).where(eq(s.emailOutbox.id, confirmation!.id));
    await db().insert(s.inboundEmails).values({
      organizationId: org.organization.id,
      applicationId: mine.applicationId,
      candidateId: mine.candidate.candidateId,
      fromAddress: "casey@example.com",
      subject: "Re: your application",
      text: "Thanks, I can start in March.",
      messageId: `<${randomUUID()}@example.com>`,
    });
    const data = await exportCandidateData(mine.candidate);
    expect(data.emailsSentToYou).toEqual([{ applicationId: mine.applicationId, subject: confirmation!.subject, text: confirmation!.text, sentAt: expect.any(Date) }]);
    expect(data.yourReplies).toEqual([{ applicationId: mine.applicationId, subject: "Re: your application", text: "Thanks, I can start in March.", receivedAt: expect.any(Date) }]);
  });

  it("deletes personal data and files but keeps the application for the organisation's counts", async () => {
    const org = await createIsolatedOrganization(db());
    const mine = await applicant(org.organization.slug, org.job.slug);
    await anonymizeCandidate(mine.candidate);

    const [candidate] = await db().select().from(s.candidates).where(eq(s.candidates.id, mine.candidate.candidateId));
    expect(candidate).toMatchObject({ name: "Deleted candidate", phone: null, links: [] });
    expect(candidate?.email).toMatch(/^deleted\+.*@invalid$/);
    const [files] = await db().select({ n: count() }).from(s.files).where(eq(s.files.candidateId, mine.candidate.candidateId));
    expect(files?.n).toBe(0);
    const [selfId] = await db().select({ n: count() }).from(s.selfIdentifications).where(eq(s.selfIdentifications.applicationId, mine.applicationId));
    expect(selfId?.n).toBe(0);
    const [application] = await db().select().from(s.applications).where(eq(s.applications.id, mine.applicationId));
    expect(application?.status).toBe("withdrawn");
    const [tokens] = await db().select({ n: count() }).from(s.candidateAccessTokens).where(eq(s.candidateAccessTokens.candidateId, mine.candidate.candidateId));
    expect(tokens?.n).toBe(0);
  });
});
