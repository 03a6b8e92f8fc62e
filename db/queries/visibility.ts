import "server-only";
import { and, eq, exists, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/viewer";
import { seesAllJobs } from "@/lib/permissions";
import { db } from "../client";
import { jobMembers } from "../schema";

/**
 * The condition that the job in `jobIdColumn` is one the viewer works on: any job for admins and
 * recruiters (undefined: no extra condition), a job whose hiring team they are on for everyone else.
 * Callers still scope by organisation.
 */
export function onViewersTeam(viewer: Viewer, jobIdColumn: AnyColumn): SQL | undefined {
  if (seesAllJobs(viewer.role)) return undefined;
  return exists(
    db()
      .select({ one: sql`1` })
      .from(jobMembers)
      .where(and(eq(jobMembers.jobId, jobIdColumn), eq(jobMembers.userId, viewer.userId))),
  );
}
