import "server-only";
import { db } from "@/db/client";
import { setScorecardVisibility } from "@/db/queries/scorecards";
import type { Viewer } from "@/lib/auth/viewer";
import type { ScorecardVisibility } from "@/lib/interviews/visibility";
import { assertCan } from "@/lib/permissions";
import { memberActor } from "@/server/audit/actor";
import { recordAudit } from "@/server/audit/record-audit";

/** Chooses when hiring managers and interviewers may read each other's scorecards (the organisation's setting); audited. */
export async function updateScorecardVisibility(actor: Viewer & { email?: string }, scorecardVisibility: ScorecardVisibility): Promise<void> {
  assertCan(actor, "settings.reviews.edit");
  await db().transaction(async (tx) => {
    await setScorecardVisibility(tx, actor.organizationId, scorecardVisibility);
    await recordAudit(tx, {
      organizationIds: [actor.organizationId],
      actor: memberActor(actor),
      action: "organization.settings_changed",
      target: { type: "organization", id: actor.organizationId },
      details: { fields: "scorecardVisibility", scorecardVisibility },
    });
  });
}
