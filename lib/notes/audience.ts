import type { MemberRole } from "@/lib/enums";
import { seesAllJobs } from "@/lib/permissions";
import { hidesIdentity, type IdentityContext } from "@/lib/review/identity";

export type AudienceMember = { userId: string; name: string; email: string; role: MemberRole };
export type AudienceApplication = IdentityContext & { id: string; jobId: string };

/** Where a mention sends someone, and whether they may learn the candidate's name there. */
export type MentionTarget = AudienceMember &
  ({ link: "profile"; applicationId?: undefined; identityHidden: false } | { link: "application"; applicationId: string; identityHidden: boolean });

/**
 * Who a note may mention: members who can read it. A note on one application reaches members who work
 * on its job (hiring managers and interviewers through its team), with the candidate's identity hidden
 * where anonymised review hides it. A note on the candidate is on their profile, so it reaches members
 * who can open that profile: a team member of a job whose application shows them the candidate.
 */
export function mentionTargets(
  members: readonly AudienceMember[],
  applications: readonly AudienceApplication[],
  teams: ReadonlyMap<string, ReadonlySet<string>>,
  applicationId?: string,
): MentionTarget[] {
  const works = (member: AudienceMember, application: AudienceApplication) =>
    seesAllJobs(member.role) || Boolean(teams.get(application.jobId)?.has(member.userId));
  const targets: MentionTarget[] = [];
  for (const member of members) {
    if (applicationId) {
      const application = applications.find((a) => a.id === applicationId);
      if (application && works(member, application)) {
        targets.push({ ...member, link: "application", applicationId, identityHidden: hidesIdentity(member, application) });
      }
    } else if (applications.some((a) => works(member, a) && !hidesIdentity(member, a)) || seesAllJobs(member.role)) {
      targets.push({ ...member, link: "profile", identityHidden: false });
    }
  }
  return targets;
}
