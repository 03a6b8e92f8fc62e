import { randomBytes } from "node:crypto";
import type { Database } from "@/db/client";
import type { IsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { DEFAULT_STAGES } from "@/lib/pipeline";

/** Builders for candidate search and merge tests, on top of createIsolatedOrganization. */

export const viewerOf = (org: IsolatedOrganization, role: s.MemberRole): Viewer => ({
  organizationId: org.organization.id,
  userId: org.users[role].id,
  role,
});

export type TestJob = { id: string; title: string; stages: Record<s.StageKind, string> };

export async function addJob(
  db: Database,
  org: IsolatedOrganization,
  options: { title?: string; anonymizedReview?: boolean; team?: ("hiring_manager" | "interviewer")[] } = {},
): Promise<TestJob> {
  const tag = randomBytes(4).toString("hex");
  const title = options.title ?? `Job ${tag}`;
  const [job] = await db
    .insert(s.jobs)
    .values({ organizationId: org.organization.id, slug: `job-${tag}`, title, status: "open", anonymizedReview: options.anonymizedReview ?? false })
    .returning({ id: s.jobs.id });
  const stages = await db
    .insert(s.jobStages)
    .values(DEFAULT_STAGES.map((stage, position) => ({ ...stage, position, organizationId: org.organization.id, jobId: job!.id })))
    .returning({ id: s.jobStages.id, kind: s.jobStages.kind });
  for (const role of options.team ?? []) {
    await db.insert(s.jobMembers).values({ organizationId: org.organization.id, jobId: job!.id, userId: org.users[role].id, role });
  }
  return { id: job!.id, title, stages: Object.fromEntries(stages.map((stage) => [stage.kind, stage.id])) as TestJob["stages"] };
}

/** The fixture's own job, shaped like addJob's. */
export function fixtureJob(org: IsolatedOrganization): TestJob {
  return { id: org.job.id, title: org.job.title, stages: Object.fromEntries(org.stages.map((stage) => [stage.kind, stage.id])) as TestJob["stages"] };
}

export async function addCandidate(
  db: Database,
  org: IsolatedOrganization,
  details: { name: string; email?: string; phone?: string | null; resume?: string },
): Promise<string> {
  const [candidate] = await db
    .insert(s.candidates)
    .values({
      organizationId: org.organization.id,
      name: details.name,
      email: details.email ?? `${details.name.toLowerCase().replace(/\W+/g, ".")}.${randomBytes(3).toString("hex")}@example.com`,
      phone: details.phone ?? null,
    })
    .returning({ id: s.candidates.id });
  if (details.resume) {
    await db.insert(s.files).values({
      organizationId: org.organization.id,
      candidateId: candidate!.id,
      kind: "resume",
      originalName: "resume.txt",
      mediaType: "text/plain",
      sizeBytes: details.resume.length,
      sha256: "0".repeat(64),
      storageKey: "pg",
      extractedText: details.resume,
    });
  }
  return candidate!.id;
}

export async function addApplication(
  db: Database,
  org: IsolatedOrganization,
  candidateId: string,
  job: TestJob,
  options: { stage?: s.StageKind; status?: s.ApplicationStatus; createdAt?: Date; identityRevealedAt?: Date } = {},
): Promise<string> {
  const [application] = await db
    .insert(s.applications)
    .values({
      organizationId: org.organization.id,
      jobId: job.id,
      candidateId,
      stageId: job.stages[options.stage ?? "applied"],
      status: options.status ?? "active",
      createdAt: options.createdAt,
      identityRevealedAt: options.identityRevealedAt,
    })
    .returning({ id: s.applications.id });
  return application!.id;
}
