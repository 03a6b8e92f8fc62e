import "server-only";
import { db, type Executor } from "@/db/client";
import { prepareReportTransaction } from "@/db/queries/reports";
import type { Viewer } from "@/lib/auth/viewer";
import { assertCan, jobScope, type JobScope } from "@/lib/permissions";

/**
 * The jobs a member's reports count: every job for admins and recruiters, their hiring teams' jobs for
 * hiring managers. Refuses anyone without `reports.read` (interviewers), whatever the page showed.
 */
export function reportScope(viewer: Viewer): JobScope {
  assertCan(viewer, "reports.read");
  return jobScope(viewer, "reports.read");
}

/** Runs report queries in one read transaction set up for large aggregates (db/queries/reports.ts). */
export async function readReports<T>(read: (executor: Executor) => Promise<T>): Promise<T> {
  return db().transaction(async (tx) => {
    await prepareReportTransaction(tx);
    return read(tx);
  });
}
