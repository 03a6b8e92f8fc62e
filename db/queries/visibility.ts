import "server-only";
import { and, eq, exists, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { JobScope } from "@/lib/permissions";
import { db } from "../client";
import { jobMembers } from "../schema";

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

