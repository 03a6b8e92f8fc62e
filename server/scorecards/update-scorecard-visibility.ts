import "server-only";
import { db } from "@/db/client";
import { setScorecardVisibility } from "@/db/queries/scorecards";
import type { Viewer } from "@/lib/auth/viewer";
import type { ScorecardVisibility } from "@/lib/interviews/visibility";
import { assertCan } from "@/lib/permissions";

/** Chooses when hiring managers and interviewers may read each other's scorecards (the organisation's setting). */
export async function updateScorecardVisibility(actor: Viewer, scorecardVisibility: ScorecardVisibility): Promise<void> {
  assertCan(actor, "settings.reviews.edit");
  await setScorecardVisibility(db(), actor.organizationId, scorecardVisibility);
}
