import "server-only";
import { and, asc, eq, gt, isNull, lte, ne, notExists, or, sql } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError, VALIDATION_MESSAGE } from "@/lib/errors";
import { scorecardReminderEmail } from "@/lib/interviews/emails";
import { formatSlot } from "@/lib/interviews/time";
import { canSeeOthersScorecards, SCORECARD_VISIBILITY_DEFAULT, type ScorecardVisibility } from "@/lib/interviews/visibility";
import { templateAttributes, unknownAttributeErrors, type Recommendation, type ScorecardValues } from "@/lib/validation/scorecard";
import { db, type Database } from "../client";
import {
  applicationEvents,
  applications,
  candidates,
  emailOutbox,
  interviewParticipants,
  jobStages,
  jobs,
  memberships,
  notifications,
  interviews,
  organizations,
  plannedInterviews,
  scorecards,
  users,
  type AttributeRating,
} from "../schema";
import { applicationContext, candidateLabel, findApplicationForViewer, findInterviewForParticipant, scorecardUrl } from "./interviews";
import { enqueueEmail } from "./outbox";

/** A submitted version kept in `history` when its author edits it. */
export type ScorecardSnapshot = {
  version: number;
  ratings: Record<string, AttributeRating>;
  overall: Recommendation | null;
  keyTakeaways: string | null;
  privateNotes: string | null;
  submittedAt: string | null;
};

/** The viewer's own scorecard for an interview they take part in (null before the first save). */
export async function findMyScorecard(viewer: Viewer, interviewId: string) {
  const [row] = await db()
    .select()
    .from(scorecards)
    .where(and(eq(scorecards.interviewId, interviewId), eq(scorecards.authorUserId, viewer.userId), eq(scorecards.organizationId, viewer.organizationId)));
  return row ? { ...row, history: row.history as ScorecardSnapshot[] } : null;
}

/**
 * Saves the viewer's scorecard as a draft, or submits it. Only the interview's interviewers (on the job's
 * team) reach it. `values.version` must match the stored version, so two tabs cannot overwrite each other.
 * A submitted scorecard is changed only by submitting again; the earlier version goes into `history`.
 */
export async function saveScorecard(viewer: Viewer, values: ScorecardValues, { submit }: { submit: boolean }, now = new Date()) {
  return db().transaction(async (tx) => {
    const interview = await findInterviewForParticipant(viewer, values.interviewId, tx);
    if (!interview) throw new AppError("NOT_FOUND", "This interview does not exist or you are not one of its interviewers.");
    const unknown = unknownAttributeErrors(values.ratings, interview.template);
    if (Object.keys(unknown).length > 0) throw new AppError("VALIDATION", VALIDATION_MESSAGE, unknown);
    if (submit && !values.overall) throw new AppError("VALIDATION", VALIDATION_MESSAGE, { overall: ["Choose an overall recommendation"] });

    const [existing] = await tx
      .select()
      .from(scorecards)
      .where(and(eq(scorecards.interviewId, interview.id), eq(scorecards.authorUserId, viewer.userId)))
      .for("update");
    if ((existing?.version ?? 0) !== values.version) {
      throw new AppError("STALE_VERSION", "This scorecard was changed in another window. Reload the page to see the latest version.");
    }
    if (!submit && existing?.status === "submitted") {
      throw new AppError("CONFLICT", "This scorecard is already submitted. Use “Update scorecard” to change it.");
    }
    const content = {
      ratings: values.ratings,
      overall: values.overall,
      keyTakeaways: values.keyTakeaways.trim() || null,
      privateNotes: values.privateNotes.trim() || null,
    };
    const history = (existing?.history ?? []) as ScorecardSnapshot[];
    const resubmitted = submit && existing?.status === "submitted";
    const submission = submit
      ? {
          status: "submitted" as const,
          submittedAt: now,
          history: resubmitted
            ? [
                ...history,
                {
                  version: existing.version,
                  ratings: existing.ratings,
                  overall: existing.overall,
                  keyTakeaways: existing.keyTakeaways,
                  privateNotes: existing.privateNotes,
                  submittedAt: existing.submittedAt?.toISOString() ?? null,
                } satisfies ScorecardSnapshot,
              ]
            : history,
        }
      : {};
    const [saved] = existing
      ? await tx
          .update(scorecards)
          .set({ ...content, ...submission, version: existing.version + 1 })
          .where(eq(scorecards.id, existing.id))
          .returning({ id: scorecards.id, version: scorecards.version, status: scorecards.status })
      : await tx
          .insert(scorecards)
          .values({
            organizationId: viewer.organizationId,
            interviewId: interview.id,
            applicationId: interview.application.id,
            authorUserId: viewer.userId,
            ...content,
            ...submission,
          })
          .returning({ id: scorecards.id, version: scorecards.version, status: scorecards.status });
    if (!saved) throw new Error("scorecard not saved");
    if (submit) {
      // No ratings in the event: the application's history is read by people who may not see scorecards yet.
      await tx.insert(applicationEvents).values({
        organizationId: viewer.organizationId,
        applicationId: interview.application.id,
        type: "scorecard_submitted",
        actorUserId: viewer.userId,
        data: { interviewId: interview.id, scorecardId: saved.id, resubmitted },
      });
    }
    return saved;
  });
}

export async function getScorecardVisibility(organizationId: string): Promise<ScorecardVisibility> {
  const [row] = await db().select({ settings: organizations.settings }).from(organizations).where(eq(organizations.id, organizationId));
  return row?.settings.scorecardVisibility ?? SCORECARD_VISIBILITY_DEFAULT;
}

/** Admins only (the action checks the role); merges into the organisation's settings. */
export async function updateScorecardVisibility(viewer: Viewer, scorecardVisibility: ScorecardVisibility): Promise<void> {
  await db()
    .update(organizations)
    .set({ settings: sql`${organizations.settings} || ${JSON.stringify({ scorecardVisibility })}::jsonb` })
    .where(eq(organizations.id, viewer.organizationId));
}

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
 * (canSeeOthersScorecards) lets the viewer read them; null when the viewer cannot see the application.
 * Private notes never leave their author's own form.
 */
export async function getScorecardSummary(viewer: Viewer, applicationId: string): Promise<ScorecardSummary | null> {
  const application = await findApplicationForViewer(viewer, applicationId);
  if (!application) return null;
  const setting = await getScorecardVisibility(viewer.organizationId);
  const [own] = await db()
    .select({ id: scorecards.id })
    .from(scorecards)
    .where(and(eq(scorecards.applicationId, application.id), eq(scorecards.authorUserId, viewer.userId), eq(scorecards.status, "submitted")))
    .limit(1);
  if (!canSeeOthersScorecards({ role: viewer.role, setting, submittedOwn: Boolean(own) })) {
    return { visible: false, reason: setting === "never" ? "never" : "submit_first" };
  }
  const rows = await db()
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
    .where(and(eq(interviews.applicationId, application.id), eq(interviews.organizationId, viewer.organizationId)))
    .orderBy(asc(interviews.startsAt), asc(users.name));
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

const DAY_MS = 86_400_000;
/** Interviews that ended longer ago than this are not chased any more (nor scanned on every pass). */
const REMINDER_WINDOW_DAYS = 30;

/**
 * Queues one reminder email (and a scorecard_due notification) per interviewer whose scorecard is still
 * not submitted a day after the interview ended. The dedupe key makes it once per interviewer and
 * interview, however often this runs. Returns how many reminders it queued.
 */
export async function queueScorecardReminders(database: Database, now = new Date()): Promise<number> {
  const dueBefore = new Date(now.getTime() - DAY_MS);
  const notBefore = new Date(now.getTime() - REMINDER_WINDOW_DAYS * DAY_MS);
  const dedupeKey = sql<string>`'scorecard-reminder:' || ${interviews.id} || ':' || ${interviewParticipants.userId}`;
  const due = await database
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
        or(isNull(scorecards.status), ne(scorecards.status, "submitted")),
        notExists(database.select({ one: sql`1` }).from(emailOutbox).where(eq(emailOutbox.dedupeKey, dedupeKey))),
      ),
    )
    .limit(200);
  let queued = 0;
  for (const row of due) {
    await database.transaction(async (tx) => {
      const candidate = candidateLabel(row, row);
      const email = scorecardReminderEmail({
        interviewerName: row.userName,
        title: row.title,
        candidate,
        when: formatSlot(row.startsAt, row.endsAt, row.timeZone),
        scorecardUrl: scorecardUrl(row.interviewId),
      });
      const id = await enqueueEmail(tx, {
        organizationId: row.organizationId,
        to: row.userEmail,
        ...email,
        dedupeKey: `scorecard-reminder:${row.interviewId}:${row.userId}`,
      });
      if (!id) return;
      await tx.update(emailOutbox).set({ candidateId: row.candidateId, applicationId: row.id }).where(eq(emailOutbox.id, id));
      await tx.insert(notifications).values({
        organizationId: row.organizationId,
        userId: row.userId,
        type: "scorecard_due",
        candidateId: row.candidateId,
        data: { interviewId: row.interviewId, applicationId: row.id, title: row.title },
      });
      queued++;
    });
  }
  return queued;
}
