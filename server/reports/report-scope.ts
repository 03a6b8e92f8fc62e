import "server-only";
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
