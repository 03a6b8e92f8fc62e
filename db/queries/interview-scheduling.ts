import "server-only";
import { and, asc, desc, eq, gt, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { db, type Executor } from "../client";
import {
  applications,
  candidates,
  interviewParticipants,
  interviews,
  jobs,
  memberships,
  organizations,
  plannedInterviews,
  schedulingLinks,
  users,
} from "../schema";
import { interviewSlot } from "./interviews";

// Reads and writes for changing interviews (reschedule, cancel) and for candidates booking their own
// (scheduling links, interviewers' availability). The organisation is in every WHERE; who may do what is
// decided by the use cases in server/interviews.

/** Who the candidate-facing invitation goes to, and the organisation it speaks for. */
export async function getCandidateContact(executor: Executor, organizationId: string, applicationId: string) {
  const [row] = await executor
    .select({ candidateName: candidates.name, candidateEmail: candidates.email, anonymizedAt: candidates.anonymizedAt, organizationName: organizations.name })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(organizations, eq(organizations.id, applications.organizationId))
    .where(and(eq(applications.id, applicationId), eq(applications.organizationId, organizationId)));
  return row ?? null;
}

/** The interview, locked for the change, or null when it is not the organisation's. */
export async function lockInterview(tx: Executor, organizationId: string, interviewId: string) {
  const [row] = await tx
    .select({ id: interviews.id, applicationId: interviews.applicationId, ...interviewSlot })
    .from(interviews)
    .where(and(eq(interviews.id, interviewId), eq(interviews.organizationId, organizationId)))
    .for("update");
  return row ?? null;
}

/** The interview's interviewers with their organisation role (which decides what they see of the candidate). */
export function listInterviewParticipants(executor: Executor, organizationId: string, interviewId: string) {
  return executor
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role })
    .from(interviewParticipants)
    .innerJoin(users, eq(users.id, interviewParticipants.userId))
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.organizationId, organizationId)))
    .where(and(eq(interviewParticipants.interviewId, interviewId), eq(interviewParticipants.organizationId, organizationId)))
    .orderBy(asc(users.name));
}

/** Moves or cancels the interview if it is still at `sequence`; returns the new sequence, or null when it changed meanwhile. */
export async function updateInterviewAt(
  tx: Executor,
  organizationId: string,
  interviewId: string,
  sequence: number,
  change: { startsAt: Date; endsAt: Date; timeZone: string; location: string | null } | { cancelledAt: Date },
): Promise<number | null> {
  const [row] = await tx
    .update(interviews)
    .set({ ...change, sequence: sql`${interviews.sequence} + 1`, ...("startsAt" in change ? { reminderSentAt: null } : {}) })
    .where(and(eq(interviews.id, interviewId), eq(interviews.organizationId, organizationId), eq(interviews.sequence, sequence), isNull(interviews.cancelledAt)))
    .returning({ sequence: interviews.sequence });
  return row?.sequence ?? null;
}

/** The candidate's interviews that have not ended and are not cancelled, soonest first, with the interviewers' names. */
export async function listCandidateUpcomingInterviews(candidate: { organizationId: string; candidateId: string }, now: Date) {
  const rows = await db()
    .select({
      id: interviews.id,
      title: interviews.title,
      jobTitle: jobs.title,
      startsAt: interviews.startsAt,
      endsAt: interviews.endsAt,
      location: interviews.location,
      interviewer: users.name,
    })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .leftJoin(interviewParticipants, eq(interviewParticipants.interviewId, interviews.id))
    .leftJoin(users, eq(users.id, interviewParticipants.userId))
    .where(
      and(
        eq(interviews.organizationId, candidate.organizationId),
        eq(applications.candidateId, candidate.candidateId),
        isNull(interviews.cancelledAt),
        gt(interviews.endsAt, now),
      ),
    )
    .orderBy(asc(interviews.startsAt), asc(users.name));
  const byId = new Map<string, { id: string; title: string; jobTitle: string; startsAt: Date; endsAt: Date; location: string | null; interviewers: string[] }>();
  for (const { interviewer, ...row } of rows) {
    const interview = byId.get(row.id) ?? { ...row, interviewers: [] };
    if (interviewer) interview.interviewers.push(interviewer);
    byId.set(row.id, interview);
  }
  return [...byId.values()];
}

/** Each interviewer's zone (their own, else the organisation's), working hours and calendar feed. */
export function listAvailabilityProfiles(executor: Executor, organizationId: string, userIds: string[]) {
  return executor
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      timeZone: users.timeZone,
      organizationTimeZone: sql<string | null>`${organizations.settings}->>'timeZone'`,
      workingHours: users.workingHours,
      calendarFeedUrl: users.calendarFeedUrl,
    })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.organizationId, organizationId), isNull(memberships.deactivatedAt)))
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(inArray(users.id, userIds));
}

/**
 * What the last reads of these people's calendar feeds found, in one statement that writes only the rows
 * it changes. A failure stamps `at` on a feed that was working, as when it began to fail and as its last
 * recorded failure; on a feed already failing it restamps the last failure only once `restampMs` has
 * passed since the stamp, so a candidate reloading the page writes nothing. A success clears both, but
 * only if the read began (`startedAt`) more than `restampMs` after the last stamp: a failure read during
 * it was either stamped, or not restamped because it came within `restampMs` of the stamp, and is newer
 * news either way.
 */
export async function recordCalendarFeedReads(
  executor: Executor,
  { failed, read, startedAt, at, restampMs }: { failed: string[]; read: string[]; startedAt: Date; at: Date; restampMs: number },
) {
  if (failed.length + read.length === 0) return;
  const hasFailed = failed.length > 0 ? inArray(users.id, failed) : sql`false`;
  const stampedAt = sql`${at.toISOString()}::timestamptz`;
  const failingSince = sql`(case when ${hasFailed} then coalesce(${users.calendarFeedFailedAt}, ${stampedAt}) end)`;
  const restamp = or(isNull(users.calendarFeedLastFailedAt), lt(users.calendarFeedLastFailedAt, new Date(at.getTime() - restampMs)));
  const lastFailed = sql`(case when ${hasFailed} then (case when ${restamp} then ${stampedAt} else ${users.calendarFeedLastFailedAt} end) end)`;
  await executor
    .update(users)
    .set({ calendarFeedFailedAt: failingSince, calendarFeedLastFailedAt: lastFailed })
    .where(
      and(
        inArray(users.id, [...failed, ...read]),
        or(sql`${users.calendarFeedFailedAt} is distinct from ${failingSince}`, sql`${users.calendarFeedLastFailedAt} is distinct from ${lastFailed}`),
        or(hasFailed, sql`coalesce(${users.calendarFeedLastFailedAt}, ${users.calendarFeedFailedAt}) < ${new Date(startedAt.getTime() - restampMs).toISOString()}::timestamptz`),
      ),
    );
}

/** The Candor interviews (not cancelled) these people take part in between `from` and `to`. */
export function listBusyInterviews(executor: Executor, organizationId: string, userIds: string[], from: Date, to: Date) {
  return executor
    .select({ userId: interviewParticipants.userId, start: interviews.startsAt, end: interviews.endsAt })
    .from(interviewParticipants)
    .innerJoin(interviews, eq(interviews.id, interviewParticipants.interviewId))
    .where(
      and(
        eq(interviews.organizationId, organizationId),
        inArray(interviewParticipants.userId, userIds),
        isNull(interviews.cancelledAt),
        lt(interviews.startsAt, to),
        gt(interviews.endsAt, from),
      ),
    );
}

/**
 * Serialises bookings per interviewer until the transaction ends: two bookings that share an interviewer
 * wait for each other, then the second re-reads the first's interview. Taken in one order (sorted ids)
 * so two bookings never wait on each other in a circle.
 */
export async function lockInterviewersForBooking(tx: Executor, userIds: string[]) {
  for (const userId of [...userIds].sort()) {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`interviewer-booking:${userId}`}, 0))`);
  }
}

export async function insertSchedulingLink(tx: Executor, values: typeof schedulingLinks.$inferInsert) {
  const [row] = await tx.insert(schedulingLinks).values(values).returning({ id: schedulingLinks.id });
  return row!.id;
}

/** A scheduling link by its token's hash, with what the candidate's page shows; null when unknown. */
export async function findSchedulingLinkByTokenHash(executor: Executor, tokenHash: string) {
  const [row] = await executor
    .select({
      id: schedulingLinks.id,
      organizationId: schedulingLinks.organizationId,
      applicationId: schedulingLinks.applicationId,
      plannedInterviewId: schedulingLinks.plannedInterviewId,
      interviewerIds: schedulingLinks.interviewerIds,
      durationMinutes: schedulingLinks.durationMinutes,
      location: schedulingLinks.location,
      expiresAt: schedulingLinks.expiresAt,
      interviewId: schedulingLinks.interviewId,
      createdByUserId: schedulingLinks.createdByUserId,
      title: plannedInterviews.name,
      jobId: jobs.id,
      jobTitle: jobs.title,
      applicationStatus: applications.status,
      candidateName: candidates.name,
      candidateAnonymizedAt: candidates.anonymizedAt,
      organizationName: organizations.name,
      organizationSlug: organizations.slug,
      bookedStartsAt: interviews.startsAt,
      bookedEndsAt: interviews.endsAt,
    })
    .from(schedulingLinks)
    .innerJoin(applications, and(eq(applications.id, schedulingLinks.applicationId), eq(applications.organizationId, schedulingLinks.organizationId)))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(organizations, eq(organizations.id, schedulingLinks.organizationId))
    .innerJoin(plannedInterviews, eq(plannedInterviews.id, schedulingLinks.plannedInterviewId))
    .leftJoin(interviews, eq(interviews.id, schedulingLinks.interviewId))
    .where(eq(schedulingLinks.tokenHash, tokenHash));
  return row ?? null;
}

export type SchedulingLink = NonNullable<Awaited<ReturnType<typeof findSchedulingLinkByTokenHash>>>;

/** Records the booking on the link if it has none yet; false when another request booked it first. */
export async function markSchedulingLinkBooked(tx: Executor, organizationId: string, linkId: string, interviewId: string, now: Date): Promise<boolean> {
  const rows = await tx
    .update(schedulingLinks)
    .set({ interviewId, bookedAt: now })
    .where(and(eq(schedulingLinks.id, linkId), eq(schedulingLinks.organizationId, organizationId), isNull(schedulingLinks.bookedAt)))
    .returning({ id: schedulingLinks.id });
  return rows.length === 1;
}

/**
 * The application's scheduling links that can still book (not booked, not expired), newest first, with
 * each interviewer's name and when their calendar feed last failed (null: read fine, or no feed).
 */
export async function listOpenSchedulingLinks(organizationId: string, applicationId: string, now: Date) {
  const links = await db()
    .select({ id: schedulingLinks.id, title: plannedInterviews.name, interviewerIds: schedulingLinks.interviewerIds, expiresAt: schedulingLinks.expiresAt, createdAt: schedulingLinks.createdAt })
    .from(schedulingLinks)
    .innerJoin(plannedInterviews, eq(plannedInterviews.id, schedulingLinks.plannedInterviewId))
    .where(and(eq(schedulingLinks.organizationId, organizationId), eq(schedulingLinks.applicationId, applicationId), isNull(schedulingLinks.bookedAt), gt(schedulingLinks.expiresAt, now)))
    .orderBy(desc(schedulingLinks.createdAt));
  const ids = [...new Set(links.flatMap((link) => link.interviewerIds))];
  const people =
    ids.length === 0
      ? []
      : await db()
          .select({ userId: users.id, name: users.name, calendarFeedFailedAt: users.calendarFeedFailedAt })
          .from(users)
          .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.organizationId, organizationId)))
          .where(inArray(users.id, ids));
  return links.map(({ interviewerIds, ...link }) => ({ ...link, interviewers: interviewerIds.flatMap((id) => people.filter((person) => person.userId === id)) }));
}

/** The member's own availability settings, and when their calendar feed last failed. */
export async function getAvailabilitySettings(userId: string) {
  const [row] = await db()
    .select({ workingHours: users.workingHours, calendarFeedUrl: users.calendarFeedUrl, calendarFeedFailedAt: users.calendarFeedFailedAt })
    .from(users)
    .where(eq(users.id, userId));
  return row ?? null;
}

/** Saves the settings; a new feed address forgets the old one's failure. */
export async function updateAvailabilitySettings(tx: Executor, userId: string, values: { workingHours: typeof users.$inferInsert.workingHours; calendarFeedUrl: string | null }) {
  await tx
    .update(users)
    .set({
      ...values,
      calendarFeedFailedAt: sql`case when ${users.calendarFeedUrl} is not distinct from ${values.calendarFeedUrl} then ${users.calendarFeedFailedAt} end`,
      calendarFeedLastFailedAt: sql`case when ${users.calendarFeedUrl} is not distinct from ${values.calendarFeedUrl} then ${users.calendarFeedLastFailedAt} end`,
    })
    .where(eq(users.id, userId));
}
