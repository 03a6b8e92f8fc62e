import { and, eq } from "drizzle-orm";
import { expect } from "vitest";
import type { Database } from "@/db/client";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import { insertDefaultInterviewPlan } from "@/db/queries/default-interview-plan";
import * as s from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { scorecardSchema } from "@/lib/validation/scorecard";
import { scheduleInterview } from "@/server/interviews/schedule-interview";

/** Builders for interview and scorecard tests, on top of createIsolatedOrganization. */

export const viewer = (org: IsolatedOrganization, role: s.MemberRole): Viewer => ({ organizationId: org.organization.id, userId: org.users[role].id, role });
export const organizer = (org: IsolatedOrganization) => ({ ...viewer(org, "recruiter"), name: org.users.recruiter.name, email: org.users.recruiter.email });

/** An org whose hiring manager and interviewer are on the team, with the default plan and one scheduled interview for both. */
export async function scheduled(db: () => Database, options: { anonymizedReview?: boolean; startsInDays?: number } = {}) {
  const org = await createIsolatedOrganization(db(), undefined, { applicants: 1, team: ["hiring_manager", "interviewer"], anonymizedReview: options.anonymizedReview });
  await insertDefaultInterviewPlan(db(), { organizationId: org.organization.id, jobId: org.job.id }, org.stages);
  const [technical] = await db().select().from(s.plannedInterviews).where(and(eq(s.plannedInterviews.jobId, org.job.id), eq(s.plannedInterviews.name, "Technical interview")));
  const start = new Date(Date.now() + (options.startsInDays ?? 2) * 86_400_000);
  const { interviewId } = await scheduleInterview(organizer(org), {
    applicationId: org.applicants[0]!.applicationId,
    plannedInterviewId: technical!.id,
    title: "",
    interviewerIds: [org.users.interviewer.id, org.users.hiring_manager.id],
    date: start.toISOString().slice(0, 10),
    startTime: "14:30",
    timeZone: "Europe/Berlin",
    durationMinutes: 60,
    location: "https://meet.example/abc",
  });
  return { org, interviewId, applicationId: org.applicants[0]!.applicationId };
}

export const card = (interviewId: string, values: Record<string, unknown>) => scorecardSchema.parse({ interviewId, version: 0, ...values });

/** The AppError the promise rejects with (fails the test when it resolves or throws anything else). */
export async function refused(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
