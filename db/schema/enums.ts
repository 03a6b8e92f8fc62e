import { pgEnum } from "drizzle-orm/pg-core";

export const memberRole = pgEnum("member_role", ["admin", "recruiter", "hiring_manager", "interviewer"]);
export const jobTeamRole = pgEnum("job_team_role", ["recruiter", "hiring_manager", "interviewer"]);
export const jobStatus = pgEnum("job_status", ["draft", "open", "closed"]);
export const workplaceType = pgEnum("workplace_type", ["on_site", "hybrid", "remote"]);
export const employmentType = pgEnum("employment_type", [
  "full_time",
  "part_time",
  "contract",
  "temporary",
  "internship",
]);
export const payPeriod = pgEnum("pay_period", ["hour", "day", "week", "month", "year"]);
export const stageKind = pgEnum("stage_kind", ["applied", "screen", "interview", "offer", "hired"]);
export const applicationStatus = pgEnum("application_status", ["active", "rejected", "withdrawn", "hired"]);
export const applicationEventType = pgEnum("application_event_type", [
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
  "scorecard_submitted",
  "candidate_merged",
  "rejection_email_cancelled",
]);
export const questionType = pgEnum("question_type", [
  "short_text",
  "long_text",
  "single_select",
  "multi_select",
  "yes_no",
  "file",
]);
export const fileKind = pgEnum("file_kind", ["resume", "cover_letter", "answer", "other"]);
export const recommendation = pgEnum("recommendation", ["strong_no", "no", "yes", "strong_yes"]);
export const emailStatus = pgEnum("email_status", ["pending", "sent", "failed", "cancelled"]);
export const notificationType = pgEnum("notification_type", ["mention", "interview_scheduled", "scorecard_due"]);
export const scorecardStatus = pgEnum("scorecard_status", ["draft", "submitted"]);

export type MemberRole = (typeof memberRole.enumValues)[number];
export type JobStatus = (typeof jobStatus.enumValues)[number];
export type WorkplaceType = (typeof workplaceType.enumValues)[number];
export type EmploymentType = (typeof employmentType.enumValues)[number];
export type PayPeriod = (typeof payPeriod.enumValues)[number];
export type StageKind = (typeof stageKind.enumValues)[number];
export type ApplicationStatus = (typeof applicationStatus.enumValues)[number];
export type QuestionType = (typeof questionType.enumValues)[number];
