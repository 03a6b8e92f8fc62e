import { pgEnum } from "drizzle-orm/pg-core";
import {
  applicationEventTypes,
  applicationStatuses,
  emailStatuses,
  employmentTypes,
  fileKinds,
  jobBoardProviders,
  jobStatuses,
  jobTeamRoles,
  memberRoles,
  notificationTypes,
  offerStatuses,
  payPeriods,
  questionTypes,
  recommendations,
  scorecardStatuses,
  stageKinds,
  workplaceTypes,
} from "@/lib/enums";

// The value lists live in lib/enums.ts (pure code needs them too); these are their Postgres types.
export const memberRole = pgEnum("member_role", memberRoles);
export const jobTeamRole = pgEnum("job_team_role", jobTeamRoles);
export const jobStatus = pgEnum("job_status", jobStatuses);
export const workplaceType = pgEnum("workplace_type", workplaceTypes);
export const employmentType = pgEnum("employment_type", employmentTypes);
export const payPeriod = pgEnum("pay_period", payPeriods);
export const stageKind = pgEnum("stage_kind", stageKinds);
export const applicationStatus = pgEnum("application_status", applicationStatuses);
export const applicationEventType = pgEnum("application_event_type", applicationEventTypes);
export const questionType = pgEnum("question_type", questionTypes);
export const jobBoardProvider = pgEnum("job_board_provider", jobBoardProviders);
export const fileKind = pgEnum("file_kind", fileKinds);
export const recommendation = pgEnum("recommendation", recommendations);
export const emailStatus = pgEnum("email_status", emailStatuses);
export const notificationType = pgEnum("notification_type", notificationTypes);
export const scorecardStatus = pgEnum("scorecard_status", scorecardStatuses);
export const offerStatus = pgEnum("offer_status", offerStatuses);

export type {
  ApplicationStatus,
  EmploymentType,
  JobStatus,
  MemberRole,
  PayPeriod,
  QuestionType,
  StageKind,
  WorkplaceType,
} from "@/lib/enums";
