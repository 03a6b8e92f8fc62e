import "server-only";
import { and, eq, exists, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { JobScope } from "@/lib/permissions";
import { db, type Executor } from "../client";
import { applications, candidates, jobMembers, jobStages, jobs } from "../schema";

export type { JobScope };

/**
 * The condition that the job in `jobIdColumn` lies in `scope` (computed by the caller with
 * lib/permissions' `jobScope`): no extra condition for every job, the hiring team's membership for
 * "team", nothing at all for "none". Callers still scope by organisation.
 */
export function inJobScope(scope: JobScope, jobIdColumn: AnyColumn): SQL | undefined {
  if (scope.jobs === "all") return undefined;
  if (scope.jobs === "none") return sql`false`;
  return exists(
    db()
      .select({ one: sql`1` })
      .from(jobMembers)
      .where(and(eq(jobMembers.jobId, jobIdColumn), eq(jobMembers.userId, scope.userId))),
  );
}


/**
 * One application inside the scope (same organisation, on the team when the scope says so), with what
 * the use cases acting on it check: its state and stage, its job (and whether it uses anonymised
 * review), its candidate, and the scope's member's role on the job's hiring team. Offers and anonymised
 * review both read it. `lock` holds the application row until the transaction ends, so changes to one
 * application (two offers, two reveals) are written one after the other.
 */
export async function findApplicationInScope(executor: Executor, scope: JobScope, applicationId: string, { lock = false } = {}) {
  const query = executor
    .select({
      applicationId: applications.id,
      status: applications.status,
      version: applications.version,
      identityRevealedAt: applications.identityRevealedAt,
      jobId: jobs.id,
      jobTitle: jobs.title,
      anonymizedReview: jobs.anonymizedReview,
      stageName: jobStages.name,
      stageKind: jobStages.kind,
      candidateId: candidates.id,
      candidateName: candidates.name,
      candidateEmail: candidates.email,
      candidateAnonymized: sql<boolean>`${candidates.anonymizedAt} is not null`,
      teamRole: jobMembers.role,
    })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(jobStages, eq(jobStages.id, applications.stageId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .leftJoin(jobMembers, and(eq(jobMembers.jobId, applications.jobId), eq(jobMembers.userId, scope.userId)))
    .where(and(eq(applications.id, applicationId), eq(applications.organizationId, scope.organizationId), inJobScope(scope, applications.jobId)))
    .limit(1);
  const [row] = lock ? await query.for("update", { of: applications }) : await query;
  return row ?? null;
}

export type ApplicationInScope = NonNullable<Awaited<ReturnType<typeof findApplicationInScope>>>;
