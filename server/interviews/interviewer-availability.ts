import "server-only";
import type { Executor } from "@/db/client";
import { listAvailabilityProfiles, listBusyInterviews, recordCalendarFeedReads } from "@/db/queries/interview-scheduling";
import { viewerTimeZone } from "@/lib/format";
import type { Availability, Interval } from "@/lib/interviews/availability";
import { readCalendarFeed } from "./read-calendar-feed";

/** How far ahead a candidate may book, and how soon: no one should find an interview on their calendar within the hour. */
export const BOOKING_WINDOW = { leadHours: 12, days: 14 } as const;

export function bookingWindow(now: Date): { from: Date; to: Date } {
  return { from: new Date(now.getTime() + BOOKING_WINDOW.leadHours * 3_600_000), to: new Date(now.getTime() + BOOKING_WINDOW.days * 86_400_000) };
}

/**
 * How long a feed that keeps failing goes without its last failure being stamped again: candidates reloading
 * a booking page write nothing, and a success must begin this long after the stamp to clear the failure.
 */
export const FEED_FAILURE_RESTAMP_MS = 60_000;

export type Interviewers = Awaited<ReturnType<typeof listAvailabilityProfiles>>;

/**
 * The interviewers (active members only) and the busy times of their calendar feeds, read before any
 * transaction opens: a slow feed must not hold a lock. `unreadable` names those whose feed could not be
 * read: their real meetings are unknown, so no time may be offered or booked with them. A read that
 * changes the feed's state (working to failing or back) is stored on the person (`calendarFeedFailedAt`),
 * for the recruiter and the member to see; one that finds the stored state writes nothing, but for a feed
 * still failing a minute after its last stamp. A success clears only a failure its read began after, so a
 * slow good read cannot hide a failure found while it ran.
 */
export async function loadInterviewers(executor: Executor, organizationId: string, userIds: string[], window: { from: Date; to: Date }) {
  const interviewers = await listAvailabilityProfiles(executor, organizationId, userIds);
  const startedAt = new Date();
  const reads = await Promise.all(
    interviewers.map(async (person) => ({ userId: person.userId, read: person.calendarFeedUrl ? await readCalendarFeed(person.calendarFeedUrl, window.from, window.to) : null })),
  );
  const feeds = new Map<string, Interval[]>(reads.map(({ userId, read }) => [userId, read?.ok ? read.busy : []]));
  const unreadable = reads.filter(({ read }) => read && !read.ok).map(({ userId }) => userId);
  const read = reads.filter(({ read }) => read?.ok).map(({ userId }) => userId);
  await recordCalendarFeedReads(executor, { failed: unreadable, read, startedAt, at: new Date(), restampMs: FEED_FAILURE_RESTAMP_MS });
  return { interviewers, feeds, unreadable };
}

/** Each interviewer's working hours and busy times (Candor interviews read now, through `executor`, and their feed's). */
export async function availabilityOf(
  executor: Executor,
  organizationId: string,
  { interviewers, feeds }: Awaited<ReturnType<typeof loadInterviewers>>,
  window: { from: Date; to: Date },
): Promise<Availability[]> {
  const ids = interviewers.map((person) => person.userId);
  const interviews = ids.length > 0 ? await listBusyInterviews(executor, organizationId, ids, window.from, window.to) : [];
  return interviewers.map((person) => ({
    timeZone: viewerTimeZone(person.timeZone, person.organizationTimeZone),
    workingHours: person.workingHours,
    busy: [...interviews.filter((row) => row.userId === person.userId), ...(feeds.get(person.userId) ?? [])],
  }));
}
