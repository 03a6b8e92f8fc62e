import "server-only";
import { and, eq, exists, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/viewer";
import { seesAllJobs } from "@/lib/permissions";
import { db } from "../client";
import { jobMembers } from "../schema";

/**
 * Which jobs a read covers: the organisation's, and, when `teamOf` is set, only those whose hiring team
 * includes that user. The caller works it out from the member's permissions (server/auth/scope.ts);
 * queries only apply it.
 */
export type JobScope = { organizationId: string; teamOf?: string };

/** A job scope that also says whether anonymised review hides candidates from the reader. */
export type CandidateScope = JobScope & { hidesAnonymised: boolean };

/**
 * The condition that the job in `jobIdColumn` is inside `scope`'s team restriction (undefined: none).
 * Callers still scope by organisation.
 */
export function onScopedJob(scope: JobScope, jobIdColumn: AnyColumn): SQL | undefined {
  if (!scope.teamOf) return undefined;
  return exists(
    db()
      .select({ one: sql`1` })
      .from(jobMembers)
      .where(and(eq(jobMembers.jobId, jobIdColumn), eq(jobMembers.userId, scope.teamOf))),
  );
}

/**
 * @deprecated Decides visibility from the role inside the data layer. Kept only for the queries of
 * other domains (jobs, interviews, interview plan, hiring) until they take a JobScope; use onScopedJob.
 */
export function onViewersTeam(viewer: Viewer, jobIdColumn: AnyColumn): SQL | undefined {
  return onScopedJob({ organizationId: viewer.organizationId, teamOf: seesAllJobs(viewer.role) ? undefined : viewer.userId }, jobIdColumn);
}
