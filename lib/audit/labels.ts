import type { AuditAction } from "@/lib/enums";

/** What the audit log page and its CSV export call each action. */
export const auditActionLabels: Record<AuditAction, string> = {
  "sign_in.succeeded": "Signed in",
  "sign_in.failed": "Sign-in failed",
  sign_out: "Signed out",
  "sessions.ended": "Sessions ended",
  "password.changed": "Password changed",
  "password.reset_requested": "Password reset requested",
  "password.reset": "Password reset",
  "two_factor.enrolled": "Two-factor enrolled",
  "two_factor.removed": "Two-factor removed",
  "invitation.sent": "Invitation sent",
  "invitation.accepted": "Invitation accepted",
  "invitation.revoked": "Invitation revoked",
  "member.role_changed": "Role changed",
  "member.deactivated": "Member deactivated",
  "member.reactivated": "Member reactivated",
  "member.joined": "Member joined through single sign-on",
  "user.disabled": "User disabled (CLI)",
  "organization.created": "Organisation created",
  "organization.settings_changed": "Organisation settings changed",
  "candidate.exported": "Candidate data exported",
  "candidates.exported": "Candidates exported as CSV",
  "candidates.imported": "Candidates imported from CSV",
  "candidate.erased": "Candidate data erased",
  "identity.revealed": "Identity revealed",
  "file.downloaded": "File downloaded",
  "fairness_report.viewed": "Fairness report viewed",
  "fairness_report.exported": "Fairness report exported",
  "offer.created": "Offer drafted",
  "offer.updated": "Offer edited",
  "offer.submitted": "Offer sent for approval",
  "offer.approved": "Offer approved",
  "offer.rejected": "Offer approval declined",
  "offer.sent": "Offer letter sent",
  "offer.accepted": "Offer accepted by the candidate",
  "offer.declined": "Offer declined by the candidate",
  "api_key.created": "API key created",
  "api_key.revoked": "API key revoked",
  "interview.rescheduled": "Interview rescheduled",
  "interview.cancelled": "Interview cancelled",
};

/** Target types the log's entries name; an unknown one (a later feature's) shows as it is stored. */
const targetTypeLabels: Record<string, string> = {
  user: "User",
  member: "Member",
  membership: "Member",
  invitation: "Invitation",
  organization: "Organisation",
  candidate: "Candidate",
  api_key: "API key",
  application: "Application",
  file: "File",
  interview: "Interview",
};

export function auditTargetTypeLabel(type: string): string {
  return targetTypeLabels[type] ?? type;
}

/** Actors that are not members: how recordAudit's labels for them read. */
const actorLabels: Record<string, string> = { candidate: "Candidate", system: "Candor", cli: "Command line" };

/** The actor as an admin reads it: the member's current email when known, else the label stored with the entry. */
export function auditActorLabel(entry: { actorLabel: string; actorEmail: string | null }): string {
  return entry.actorEmail ?? actorLabels[entry.actorLabel] ?? entry.actorLabel;
}

/** "fields: name, website · reason: wrong_password": the details of an entry in one line. */
export function auditDetailsText(details: Record<string, string | number | boolean | null>): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${value === null ? "—" : String(value)}`)
    .join(" · ");
}
