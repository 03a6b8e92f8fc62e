import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { DEFAULT_STAGES } from "@/lib/pipeline";
import { setupTestDatabase } from "@/test/database";
import { listApplicationHistory, listJobsToAddTo } from "@/db/queries/profile";
import { findDownloadableFile } from "@/server/files/get-downloadable-file";
import { addCandidateToJob } from "./add-candidate-to-job";
import { getApplicationDetail, getCandidateProfile } from "./get-candidate-profile";

const db = setupTestDatabase();

const viewer = (org: IsolatedOrganization, role: s.MemberRole): Viewer & { name: string } => ({
  organizationId: org.organization.id,
  userId: org.users[role].id,
  role,
  name: org.users[role].name,
});

async function resumeOf(org: IsolatedOrganization) {
  const [file] = await db().select({ id: s.files.id }).from(s.files).where(eq(s.files.applicationId, org.applicants[0]!.applicationId));
  return file!.id;
}

async function addJob(org: IsolatedOrganization, status: s.JobStatus, title = `Second ${status}`) {
  const [job] = await db()
    .insert(s.jobs)
    .values({ organizationId: org.organization.id, slug: `${status}-${Math.random().toString(36).slice(2)}`, title, status })
    .returning({ id: s.jobs.id });
  const stages = await db()
    .insert(s.jobStages)
    .values(DEFAULT_STAGES.map((stage, position) => ({ ...stage, position, organizationId: org.organization.id, jobId: job!.id })))
    .returning({ id: s.jobStages.id, name: s.jobStages.name });
  return { id: job!.id, stages };
}

describe("who may see a candidate, an application and its files", () => {
  it("admins and recruiters see every candidate of their organisation, with the original resume", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1 });
    const [applicant] = org.applicants;
    for (const role of ["admin", "recruiter"] as const) {
      const profile = await getCandidateProfile(viewer(org, role), applicant!.candidateId);
      expect(profile?.candidate.email).toBe(applicant!.email);
      expect(profile?.applications.map((a) => a.id)).toEqual([applicant!.applicationId]);
      const download = await findDownloadableFile(viewer(org, role), await resumeOf(org));
      expect(download?.data.toString("utf8")).toContain(applicant!.name);
    }
    const history = await listApplicationHistory(org.organization.id, [applicant!.applicationId]);
    expect(history.map((e) => [e.type, e.toStageName])).toEqual([["applied", "Applied"]]);
  });

  it("another organisation's members find nothing", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1 });
    const other = await createIsolatedOrganization(db());
    const outsider = viewer(other, "admin");
    expect(await getCandidateProfile(outsider, org.applicants[0]!.candidateId)).toBeNull();
    expect(await getApplicationDetail(outsider, org.applicants[0]!.applicationId)).toBeNull();
    expect(await findDownloadableFile(outsider, await resumeOf(org))).toBeNull();
  });

  it("hiring managers and interviewers see only applications on their teams' jobs", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1, team: ["hiring_manager"] });
    const [applicant] = org.applicants;
    const file = await resumeOf(org);
    expect(await getCandidateProfile(viewer(org, "interviewer"), applicant!.candidateId)).toBeNull();
    expect(await getApplicationDetail(viewer(org, "interviewer"), applicant!.applicationId)).toBeNull();
    expect(await findDownloadableFile(viewer(org, "interviewer"), file)).toBeNull();

    const manager = viewer(org, "hiring_manager");
    expect((await getCandidateProfile(manager, applicant!.candidateId))?.candidate.name).toBe(applicant!.name);
    expect((await getApplicationDetail(manager, applicant!.applicationId))?.application.identityHidden).toBe(false);
    expect(await findDownloadableFile(manager, file)).not.toBeNull();
  });

  it("anonymised review hides the candidate: no profile, no original file, until revealed", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1, anonymizedReview: true, team: ["hiring_manager", "interviewer"] });
    const [applicant] = org.applicants;
    const file = await resumeOf(org);
    for (const role of ["hiring_manager", "interviewer"] as const) {
      expect(await getCandidateProfile(viewer(org, role), applicant!.candidateId)).toBeNull();
      expect((await getApplicationDetail(viewer(org, role), applicant!.applicationId))?.application.identityHidden).toBe(true);
      expect(await findDownloadableFile(viewer(org, role), file)).toBeNull();
    }
    expect((await getApplicationDetail(viewer(org, "recruiter"), applicant!.applicationId))?.application.identityHidden).toBe(false);

    await db().update(s.applications).set({ identityRevealedAt: new Date() }).where(eq(s.applications.id, applicant!.applicationId));
    expect(await getCandidateProfile(viewer(org, "hiring_manager"), applicant!.candidateId)).not.toBeNull();
    expect(await findDownloadableFile(viewer(org, "hiring_manager"), file)).not.toBeNull();
  });
});

describe("addCandidateToJob", () => {
  it("adds the candidate to the job's first live stage, recorded with who did it", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1 });
    const [applicant] = org.applicants;
    const second = await addJob(org, "draft");
    await addJob(org, "closed");
    // A removed first stage takes no new applications.
    await db().update(s.jobStages).set({ archivedAt: new Date() }).where(eq(s.jobStages.id, second.stages[0]!.id));
    const recruiter = viewer(org, "recruiter");
    expect((await listJobsToAddTo(org.organization.id, applicant!.candidateId)).map((j) => j.id)).toEqual([second.id]);

    const { applicationId } = await addCandidateToJob(recruiter, { candidateId: applicant!.candidateId, jobId: second.id });
    const [application] = await db().select().from(s.applications).where(eq(s.applications.id, applicationId));
    expect(application).toMatchObject({ stageId: second.stages[1]!.id, source: `Added by ${recruiter.name}`, status: "active" });
    const events = await db().select().from(s.applicationEvents).where(eq(s.applicationEvents.applicationId, applicationId));
    expect(events).toMatchObject([{ type: "added_to_job", actorUserId: recruiter.userId, toStageId: second.stages[1]!.id }]);
    expect(await listJobsToAddTo(org.organization.id, applicant!.candidateId)).toEqual([]);

    await expect(addCandidateToJob(recruiter, { candidateId: applicant!.candidateId, jobId: second.id })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses closed jobs, other organisations and hiring managers, storing nothing", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1, team: ["hiring_manager"] });
    const other = await createIsolatedOrganization(db());
    const closed = await addJob(org, "closed");
    const open = await addJob(org, "open");
    const candidateId = org.applicants[0]!.candidateId;
    await expect(addCandidateToJob(viewer(org, "recruiter"), { candidateId, jobId: closed.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addCandidateToJob(viewer(other, "admin"), { candidateId, jobId: open.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addCandidateToJob(viewer(org, "hiring_manager"), { candidateId, jobId: open.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const rows = await db()
      .select()
      .from(s.applications)
      .where(and(eq(s.applications.candidateId, candidateId), eq(s.applications.organizationId, org.organization.id)));
    expect(rows).toHaveLength(1);
  });
});
