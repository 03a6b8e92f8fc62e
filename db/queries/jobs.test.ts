import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import { jobScope, type JobScope } from "@/lib/permissions";
import { setupTestDatabase } from "@/test/database";
import { findJob, listJobs, listStagesWithCounts } from "./jobs";

const db = setupTestDatabase();

// What the pages pass: the jobs the member may see, computed from their role.
const viewer = (org: IsolatedOrganization, role: s.MemberRole): JobScope => jobScope({ organizationId: org.organization.id, userId: org.users[role].id, role });

async function addApplicants(org: IsolatedOrganization, statuses: s.ApplicationStatus[]) {
  const [first] = await db().select().from(s.jobStages).where(eq(s.jobStages.jobId, org.job.id)).orderBy(s.jobStages.position);
  for (const [i, status] of statuses.entries()) {
    const [candidate] = await db()
      .insert(s.candidates)
      .values({ organizationId: org.organization.id, email: `c${i}@example.com`, name: `C ${i}` })
      .returning();
    await db()
      .insert(s.applications)
      .values({ organizationId: org.organization.id, jobId: org.job.id, candidateId: candidate!.id, stageId: first!.id, status });
  }
}

describe("job queries", () => {
  it("count active and all applicants per job", async () => {
    const org = await createIsolatedOrganization(db());
    await addApplicants(org, ["active", "active", "rejected"]);
    const [job] = await listJobs(viewer(org, "recruiter"));
    expect(job).toMatchObject({ id: org.job.id, activeApplicants: 2, totalApplicants: 3 });
    const stages = await listStagesWithCounts(viewer(org, "recruiter"), org.job.id);
    expect(stages.map((stage) => [stage.name, stage.activeApplicants])).toEqual([
      ["Applied", 2],
      ["Screen", 0],
      ["Interview", 0],
      ["Offer", 0],
      ["Hired", 0],
    ]);
  });

  it("never return another organisation's jobs", async () => {
    const mine = await createIsolatedOrganization(db());
    const theirs = await createIsolatedOrganization(db());
    expect((await listJobs(viewer(mine, "admin"))).map((j) => j.id)).toEqual([mine.job.id]);
    expect(await findJob(viewer(mine, "admin"), theirs.job.id)).toBeNull();
    expect(await listStagesWithCounts(viewer(mine, "admin"), theirs.job.id)).toEqual([]);
  });

  it("show hiring managers and interviewers only the jobs whose team they are on", async () => {
    const org = await createIsolatedOrganization(db());
    for (const role of ["hiring_manager", "interviewer"] as const) {
      expect(await listJobs(viewer(org, role))).toEqual([]);
      expect(await findJob(viewer(org, role), org.job.id)).toBeNull();
    }
    await db().insert(s.jobMembers).values({ organizationId: org.organization.id, jobId: org.job.id, userId: org.users.interviewer.id, role: "interviewer" });
    expect((await listJobs(viewer(org, "interviewer"))).map((j) => j.id)).toEqual([org.job.id]);
    expect(await findJob(viewer(org, "hiring_manager"), org.job.id)).toBeNull();
  });

  it("filter by status", async () => {
    const org = await createIsolatedOrganization(db());
    expect(await listJobs(viewer(org, "admin"), { status: "draft" })).toEqual([]);
    expect(await listJobs(viewer(org, "admin"), { status: "open" })).toHaveLength(1);
  });
});
