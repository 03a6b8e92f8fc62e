import "server-only";
import { and, asc, eq, gt, isNull, lte, ne, notExists, or, sql } from "drizzle-orm";
import { SCORECARD_VISIBILITY_DEFAULT, type ScorecardVisibility } from "@/lib/interviews/visibility";
import type { Recommendation } from "@/lib/validation/scorecard";
import { db, type Executor } from "../client";
import {
  applicationEvents,
  applications,
  candidates,
  emailOutbox,
  interviewParticipants,
  jobStages,
  jobs,
  memberships,
  interviews,
  organizations,
  plannedInterviews,
  scorecards,
  users,
  type AttributeRating,
} from "../schema";
import { applicationContext } from "./interviews";

// Scorecards' reads and writes. Saving and submitting (server/scorecards/save-scorecard.ts) and who may
// read whose scorecards (server/scorecards/get-scorecard-summary.ts) are decided in server/.

/** A submitted version kept in `history` when its author edits it. */
export type ScorecardSnapshot = {
  version: number;
  ratings: Record<string, AttributeRating>;
  overall: Recommendation | null;
  keyTakeaways: string | null;
  privateNotes: string | null;
  submittedAt: string | null;
};

/** The member's own scorecard for an interview (null before the first save). */
export async function findMyScorecard({ organizationId, userId }: { organizationId: string; userId: string }, interviewId: string) {
  const [row] = await db()
    .select()
    .from(scorecards)
    .where(and(eq(scorecards.interviewId, interviewId), eq(scorecards.authorUserId, userId), eq(scorecards.organizationId, organizationId)));
  return row ? { ...row, history: row.history as ScorecardSnapshot[] } : null;
}

/** The author's scorecard for the interview, locked for the rest of the transaction (undefined before the first save). */
export async function lockScorecard(tx: Executor, interviewId: string, authorUserId: string) {
  const [row] = await tx
    .select()
    .from(scorecards)
    .where(and(eq(scorecards.interviewId, interviewId), eq(scorecards.authorUserId, authorUserId)))
    .for("update");
  return row;
}

const savedColumns = { id: scorecards.id, version: scorecards.version, status: scorecards.status };
type ScorecardContent = Pick<typeof scorecards.$inferInsert, "ratings" | "overall" | "keyTakeaways" | "privateNotes" | "status" | "submittedAt" | "history">;

export async function insertScorecard(
  tx: Executor,
  values: ScorecardContent & { organizationId: string; interviewId: string; applicationId: string; authorUserId: string },
) {
  const [saved] = await tx.insert(scorecards).values(values).returning(savedColumns);
  return saved;
}

export async function updateScorecard(tx: Executor, id: string, values: ScorecardContent & { version: number }) {
  const [saved] = await tx.update(scorecards).set(values).where(eq(scorecards.id, id)).returning(savedColumns);
  return saved;
}

/** No ratings in the event: the application's history is read by people who may not see scorecards yet. */
export async function insertScorecardSubmittedEvent(
  tx: Executor,
  event: { organizationId: string; applicationId: string; actorUserId: string; interviewId: string; scorecardId: string; resubmitted: boolean },
) {
  const { interviewId, scorecardId, resubmitted, ...row } = event;
  await tx.insert(applicationEvents).values({ ...row, type: "scorecard_submitted", data: { interviewId, scorecardId, resubmitted } });
}

export async function getScorecardVisibility(organizationId: string): Promise<ScorecardVisibility> {
  const [row] = await db().select({ settings: organizations.settings }).from(organizations).where(eq(organizations.id, organizationId));
  return row?.settings.scorecardVisibility ?? SCORECARD_VISIBILITY_DEFAULT;
}

/** Merges into the organisation's settings. */
export async function setScorecardVisibility(executor: Executor, organizationId: string, scorecardVisibility: ScorecardVisibility): Promise<void> {
  await executor
    .update(organizations)
    .set({ settings: sql`${organizations.settings} || ${JSON.stringify({ scorecardVisibility })}::jsonb` })
    .where(eq(organizations.id, organizationId));
}

/** Whether the user has submitted a scorecard for any interview of the application. */
export async function hasSubmittedScorecard(applicationId: string, userId: string): Promise<boolean> {
  const [own] = await db()
    .select({ id: scorecards.id })
    .from(scorecards)
    .where(and(eq(scorecards.applicationId, applicationId), eq(scorecards.authorUserId, userId), eq(scorecards.status, "submitted")))
    .limit(1);
  return Boolean(own);
}

/** Every interviewer of the application's interviews with their scorecard, if any (private notes never included). */
export async function listApplicationScorecards(organizationId: string, applicationId: string) {
  return db()
    .select({
      interviewId: interviews.id,
      interviewTitle: interviews.title,
      template: plannedInterviews.template,
      userId: users.id,
      authorName: users.name,
      scorecardId: scorecards.id,
      status: scorecards.status,
      overall: scorecards.overall,
      keyTakeaways: scorecards.keyTakeaways,
      ratings: scorecards.ratings,
    })
    .from(interviews)
    .innerJoin(interviewParticipants, eq(interviewParticipants.interviewId, interviews.id))
    .innerJoin(users, eq(users.id, interviewParticipants.userId))
    .leftJoin(plannedInterviews, eq(plannedInterviews.id, interviews.plannedInterviewId))
    .leftJoin(scorecards, and(eq(scorecards.interviewId, interviews.id), eq(scorecards.authorUserId, interviewParticipants.userId)))
    .where(and(eq(interviews.applicationId, applicationId), eq(interviews.organizationId, organizationId)))
    .orderBy(asc(interviews.startsAt), asc(users.name));
}

const DAY_MS = 86_400_000;
/** Interviews that ended longer ago than this are not chased any more (nor scanned on every pass). */
const REMINDER_WINDOW_DAYS = 30;

/**
 * Interviewers whose scorecard is still not submitted a day after their interview ended, and who have no
 * reminder in the outbox yet (at most 200 a pass). server/scorecards/send-scorecard-reminders.ts sends them.
 */
export async function listDueScorecardReminders(executor: Executor, now: Date) {
  const dueBefore = new Date(now.getTime() - DAY_MS);
  const notBefore = new Date(now.getTime() - REMINDER_WINDOW_DAYS * DAY_MS);
  const dedupeKey = sql<string>`${REMINDER_KEY_PREFIX} || ${interviews.id} || ':' || ${interviewParticipants.userId}`;
  return executor
    .select({
      organizationId: interviews.organizationId,
      interviewId: interviews.id,
      title: interviews.title,
      startsAt: interviews.startsAt,
      endsAt: interviews.endsAt,
      timeZone: interviews.timeZone,
      userId: users.id,
      userName: users.name,
      userEmail: users.email,
      role: memberships.role,
      ...applicationContext,
    })
    .from(interviewParticipants)
    .innerJoin(interviews, eq(interviews.id, interviewParticipants.interviewId))
    .innerJoin(users, eq(users.id, interviewParticipants.userId))
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.organizationId, interviews.organizationId)))
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(jobStages, eq(jobStages.id, applications.stageId))
    .leftJoin(scorecards, and(eq(scorecards.interviewId, interviews.id), eq(scorecards.authorUserId, users.id)))
    .where(
      and(
        lte(interviews.endsAt, dueBefore),
        gt(interviews.endsAt, notBefore),
        isNull(interviews.cancelledAt),
        or(isNull(scorecards.status), ne(scorecards.status, "submitted")),
        notExists(executor.select({ one: sql`1` }).from(emailOutbox).where(eq(emailOutbox.dedupeKey, dedupeKey))),
      ),
    )
    .limit(200);
}

export type DueScorecardReminder = Awaited<ReturnType<typeof listDueScorecardReminders>>[number];

/** The outbox key that makes a reminder once per interviewer and interview. */
export const scorecardReminderKey = (interviewId: string, userId: string) => `${REMINDER_KEY_PREFIX}${interviewId}:${userId}`;
const REMINDER_KEY_PREFIX = "scorecard-reminder:";
