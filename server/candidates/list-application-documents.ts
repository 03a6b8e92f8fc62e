import "server-only";
import { db } from "@/db/client";
import { listApplicationFiles } from "@/db/queries/profile";
import { findApplicationInScope } from "@/db/queries/visibility";
import type { Viewer } from "@/lib/auth/viewer";
import { canOnJob, jobScope } from "@/lib/permissions";

/**
 * The files of these applications (the caller has checked the member may see the applications), without the
 * offer letters of jobs whose offers the member may not read: a team's interviewer sees the resume, not the
 * offer. Offer letters are few, so each one's job is checked on its own.
 */
export async function listApplicationDocuments(viewer: Viewer, applicationIds: string[]) {
  const documents = await listApplicationFiles(viewer.organizationId, applicationIds);
  const withLetters = [...new Set(documents.flatMap((file) => (file.kind === "offer_letter" && file.applicationId ? [file.applicationId] : [])))];
  const offersReadable = new Set<string>();
  for (const applicationId of withLetters) {
    const application = await findApplicationInScope(db(), jobScope(viewer, "offers.read"), applicationId);
    if (application && canOnJob(viewer.role, "offers.read", { teamRole: application.teamRole })) offersReadable.add(applicationId);
  }
  return documents.filter((file) => file.kind !== "offer_letter" || (file.applicationId !== null && offersReadable.has(file.applicationId)));
}
