import type { MemberRole, OrganizationSettings } from "@/lib/enums";
import { canEverywhere } from "@/lib/permissions";

export type ScorecardVisibility = NonNullable<OrganizationSettings["scorecardVisibility"]>;
export const SCORECARD_VISIBILITY_DEFAULT: ScorecardVisibility = "after_own_submitted";

/**
 * Independent review: may this member read other people's scorecards for one application?
 * Admins and recruiters always may. Hiring managers and interviewers depend on the organisation's
 * setting: `always`, `never`, or (the default) only once they have submitted their own scorecard for
 * that application, so nobody is anchored by what colleagues wrote. Every read of scorecards goes
 * through this; team membership is checked separately by the query that finds the application.
 */
export function canSeeOthersScorecards(input: {
  role: MemberRole;
  setting: ScorecardVisibility | undefined;
  submittedOwn: boolean;
}): boolean {
  if (canEverywhere(input.role, "scorecards.readAll")) return true;
  switch (input.setting ?? SCORECARD_VISIBILITY_DEFAULT) {
    case "always":
      return true;
    case "never":
      return false;
    case "after_own_submitted":
      return input.submittedOwn;
  }
}
