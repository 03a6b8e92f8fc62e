import "server-only";
import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "../client";
import { applications, jobStages, jobs, type JobStatus } from "../schema";
import { onViewersTeam } from "./visibility";

/** The jobs this viewer may see: all of the organisation's for admins and recruiters, their team's for others. */
function visibleTo(viewer: Viewer): SQL | undefined {
  return and(eq(jobs.organizationId, viewer.organizationId), onViewersTeam(viewer, jobs.id));
}

const activeCount = sql<number>`count(${applications.id}) filter (where ${applications.status} = 'active')`.mapWith(Number);
const totalCount = sql<number>`count(${applications.id})`.mapWith(Number);

export async function listJobs(viewer: Viewer, filters: { status?: JobStatus } = {}) {
  return db()
    .select({
      id: jobs.id,
      title: jobs.title,
      department: jobs.department,
      location: jobs.location,
      workplaceType: jobs.workplaceType,
      status: jobs.status,
      publishedAt: jobs.publishedAt,
      updatedAt: jobs.updatedAt,
      activeApplicants: activeCount,
      totalApplicants: totalCount,
    })
    .from(jobs)
    .leftJoin(applications, eq(applications.jobId, jobs.id))
    .where(and(visibleTo(viewer), filters.status ? eq(jobs.status, filters.status) : undefined))
    .groupBy(jobs.id)
    .orderBy(sql`case ${jobs.status} when 'open' then 0 when 'draft' then 1 else 2 end`, desc(jobs.updatedAt));
}

/** One job the viewer may see, or null: another organisation's job and a job off the viewer's team look the same. */
export async function getJob(viewer: Viewer, jobId: string) {
  const [job] = await db()
    .select()
    .from(jobs)
    .where(and(eq(jobs.id, jobId), visibleTo(viewer)))
    .limit(1);
  return job ?? null;
}

export async function listStagesWithCounts(viewer: Viewer, jobId: string) {
  return db()
    .select({
      id: jobStages.id,
      name: jobStages.name,
      kind: jobStages.kind,
      position: jobStages.position,
      activeApplicants: activeCount,
    })
    .from(jobStages)
    .innerJoin(jobs, eq(jobs.id, jobStages.jobId))
    .leftJoin(applications, eq(applications.stageId, jobStages.id))
    .where(and(eq(jobStages.jobId, jobId), visibleTo(viewer)))
    .groupBy(jobStages.id)
    .orderBy(asc(jobStages.position));
}
