import "server-only";
import { findApplicationInScope } from "@/db/queries/interviews";
import { getScorecardVisibility, hasSubmittedScorecard, listApplicationScorecards } from "@/db/queries/scorecards";
import type { AttributeRating } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { canSeeOthersScorecards } from "@/lib/interviews/visibility";
import { jobScope } from "@/lib/permissions";
import { templateAttributes, type Recommendation } from "@/lib/validation/scorecard";

export type ScorecardSummary =
  | { visible: false; reason: "submit_first" | "never" }
  | {
      visible: true;
      attributes: string[];
      scorecards: {
        id: string;
        authorName: string;
        interviewTitle: string;
        overall: Recommendation | null;
        keyTakeaways: string | null;
        ratings: Record<string, AttributeRating>;
      }[];
      distribution: Record<Recommendation, number>;
      disagree: boolean;
      missing: { name: string; interviewTitle: string }[];
    };

/**
 * Everyone's submitted scorecards for one application, as a summary, if the independent-review rule
 * (canSeeOthersScorecards) lets the member read them; null when the member cannot see the application.
 * Private notes never leave their author's own form.
 */
export async function getScorecardSummary(member: Viewer, applicationId: string): Promise<ScorecardSummary | null> {
  const application = await findApplicationInScope(jobScope(member), applicationId);
  if (!application) return null;
  const [setting, submittedOwn] = await Promise.all([
    getScorecardVisibility(member.organizationId),
    hasSubmittedScorecard(application.id, member.userId),
  ]);
  if (!canSeeOthersScorecards({ role: member.role, setting, submittedOwn })) {
    return { visible: false, reason: setting === "never" ? "never" : "submit_first" };
  }
  const rows = await listApplicationScorecards(member.organizationId, application.id);
  const attributes = [...new Set(rows.flatMap((row) => (row.template ? templateAttributes(row.template) : [])))];
  const submitted = rows.filter((row) => row.status === "submitted");
  const distribution: Record<Recommendation, number> = { strong_no: 0, no: 0, yes: 0, strong_yes: 0 };
  for (const row of submitted) if (row.overall) distribution[row.overall]++;
  return {
    visible: true,
    attributes,
    scorecards: submitted.map((row) => ({
      id: row.scorecardId!,
      authorName: row.authorName,
      interviewTitle: row.interviewTitle,
      overall: row.overall,
      keyTakeaways: row.keyTakeaways,
      ratings: row.ratings ?? {},
    })),
    distribution,
    disagree: distribution.yes + distribution.strong_yes > 0 && distribution.no + distribution.strong_no > 0,
    missing: rows.filter((row) => row.status !== "submitted").map((row) => ({ name: row.authorName, interviewTitle: row.interviewTitle })),
  };
}
