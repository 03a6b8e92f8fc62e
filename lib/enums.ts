// The value lists of Candor's enums, in one place that pure code can import. db/schema/enums.ts builds
// the Postgres enums from these, so a value added here reaches the database through a migration.

export const memberRoles = ["admin", "recruiter", "hiring_manager", "interviewer"] as const;
export const jobTeamRoles = ["recruiter", "hiring_manager", "interviewer"] as const;
export const jobStatuses = ["draft", "open", "closed"] as const;
export const workplaceTypes = ["on_site", "hybrid", "remote"] as const;
export const employmentTypes = ["full_time", "part_time", "contract", "temporary", "internship"] as const;
export const payPeriods = ["hour", "day", "week", "month", "year"] as const;
export const stageKinds = ["applied", "screen", "interview", "offer", "hired"] as const;
export const applicationStatuses = ["active", "rejected", "withdrawn", "hired"] as const;
export const applicationEventTypes = [
  "applied",
  "moved",
  "rejected",
  "withdrawn",
  "restored",
  "hired",
  "identity_revealed",
  "decision_recorded",
  "data_exported",
  "data_deleted",
  "added_to_job",
  "interview_scheduled",
  "interview_rescheduled",
  "interview_cancelled",
  "scorecard_submitted",
  "candidate_merged",
  "rejection_email_cancelled",
  "offer_created",
  "offer_submitted",
  "offer_decided",
  "offer_sent",
  "offer_accepted",
  "offer_declined",
] as const;
/** The services whose public job boards Candor imports from (Jobs → Import a posting). */
export const jobBoardProviders = ["greenhouse", "lever"] as const;
export const questionTypes = ["short_text", "long_text", "single_select", "multi_select", "yes_no", "file"] as const;
/** "logo": an organisation's careers logo (organizations.logo_file_id), of no candidate. */
export const fileKinds = ["resume", "cover_letter", "answer", "other", "logo", "offer_letter"] as const;
export const recommendations = ["strong_no", "no", "yes", "strong_yes"] as const;
export const emailStatuses = ["pending", "sent", "failed", "cancelled"] as const;
export const notificationTypes = ["mention", "interview_scheduled", "scorecard_due", "offer_approval_due", "offer_decided", "offer_accepted", "email_reply"] as const;
export const scorecardStatuses = ["draft", "submitted"] as const;
/**
 * An offer's life: edited as a draft, sent round its approval chain, then sent to the candidate, who
 * accepts or declines. A declined approval stops it; a newer offer for the application supersedes it.
 */
export const offerStatuses = ["draft", "pending_approval", "approved", "accepted", "declined", "rejected_by_approver", "superseded"] as const;
/** The roles an organisation may put in its offer approval chain (Settings → Offers). */
export const offerApproverRoles = ["hiring_manager", "recruiter", "admin"] as const;

/**
 * What the audit log records (Settings → Audit log). Stored as text: adding one needs no migration.
 * Verb in the past tense after the thing acted on, so the list reads well sorted.
 */
export const auditActions = [
  "sign_in.succeeded",
  "sign_in.failed",
  "sign_out",
  "sessions.ended",
  "password.changed",
  "password.reset_requested",
  "password.reset",
  "two_factor.enrolled",
  "two_factor.removed",
  "invitation.sent",
  "invitation.accepted",
  "invitation.revoked",
  "member.joined",
  "member.role_changed",
  "member.deactivated",
  "member.reactivated",
  "user.disabled",
  "organization.created",
  "organization.settings_changed",
  "candidate.exported",
  "candidates.exported",
  "candidates.imported",
  "candidate.erased",
  "identity.revealed",
  "file.downloaded",
  "fairness_report.viewed",
  "fairness_report.exported",
  "offer.created",
  "offer.updated",
  "offer.submitted",
  "offer.approved",
  "offer.rejected",
  "offer.sent",
  "offer.accepted",
  "offer.declined",
  "api_key.created",
  "api_key.revoked",
  "interview.rescheduled",
  "interview.cancelled",
] as const;
export type AuditAction = (typeof auditActions)[number];

export type MemberRole = (typeof memberRoles)[number];
export type JobTeamRole = (typeof jobTeamRoles)[number];
export type JobStatus = (typeof jobStatuses)[number];
export type WorkplaceType = (typeof workplaceTypes)[number];
export type EmploymentType = (typeof employmentTypes)[number];
export type PayPeriod = (typeof payPeriods)[number];
export type StageKind = (typeof stageKinds)[number];
export type ApplicationStatus = (typeof applicationStatuses)[number];
export type QuestionType = (typeof questionTypes)[number];
export type JobBoardProvider = (typeof jobBoardProviders)[number];
export type OfferStatus = (typeof offerStatuses)[number];
export type OfferApproverRole = (typeof offerApproverRoles)[number];

/** What an organisation configures, kept as JSON on the organisation's row. */
export type OrganizationSettings = {
  /** Who may see other reviewers' scorecards before submitting their own. */
  scorecardVisibility?: "after_own_submitted" | "always" | "never";
  rejectionReasons?: string[];
  privacyNoticeUrl?: string;
  /** Markdown-free plain text; {{candidate_name}}, {{job_title}} and {{organization_name}} are filled in. */
  rejectionEmailTemplate?: { subject: string; body: string };
  /** Careers branding: buttons and links, "#rrggbb", checked for WCAG AA contrast with white when saved. */
  brandColor?: string;
  /** Markdown shown above the open positions on the careers page. */
  careersIntroMd?: string;
  /** Markdown: the applicant privacy notice shown on the apply form and at /careers/{org}/privacy. */
  privacyNoticeMd?: string;
  /** Audit log entries older than this many days are removed; unset: AUDIT_RETENTION_DAYS. */
  auditRetentionDays?: number;
  /** The IANA time zone the organisation works in ("Europe/Berlin"), chosen at set-up. */
  timeZone?: string;
  /** Members without two-factor authentication are sent to set it up before using the dashboard. */
  requireTwoFactor?: boolean;
  /**
   * Accept applicants' Word and RTF documents that hold macros or embedded objects, which are refused
   * otherwise (lib/applications/active-content.ts).
   */
  allowActiveContent?: boolean;
  /** Who approves an offer, in order (Settings → Offers); unset: the hiring manager, then an admin. */
  offerApprovers?: OfferApproverRole[];
  /** Markdown with merge fields ({{candidate_name}}, ...): the offer letter; unset: lib/offers/letter.ts's default. */
  offerLetterTemplate?: string;
};

/** A planned interview's scorecard: focus areas, each with the attributes interviewers rate. */
export type ScorecardTemplate = {
  focusAreas: { name: string; attributes: { name: string; guidance?: string }[] }[];
};
export type AttributeRating = "strong_no" | "no" | "yes" | "strong_yes" | "not_assessed";
