import "server-only";
import { db } from "@/db/client";
import { findSchedulingLinkByTokenHash, lockInterviewersForBooking, markSchedulingLinkBooked, type SchedulingLink } from "@/db/queries/interview-scheduling";
import { findApplicationInScope, insertInterview, insertInterviewNotifications } from "@/db/queries/interviews";
import { findUserById } from "@/db/queries/users";
import { hashLinkToken } from "@/lib/auth/link-token";
import { AppError } from "@/lib/errors";
import { freeSlots, isSlotFree, SLOT_STEP_MINUTES } from "@/lib/interviews/availability";
import { availabilityOf, bookingWindow, loadInterviewers } from "./interviewer-availability";
import { mailFromAddress, queueInvitations } from "./queue-invitations";

export const SLOT_TAKEN_MESSAGE = "That time was just taken. Please choose another one.";
/** A booking refused because an interviewer's calendar could not be read: saying why would say too much. */
export const NO_TIMES_NOW_MESSAGE = "We can't confirm this time right now. Please try again later.";

export type SchedulingPage =
  | { state: "open"; link: SchedulingLink; slots: { start: Date; end: Date }[] }
  /** An interviewer's calendar could not be read: no time is offered rather than one that may clash. */
  | { state: "unavailable"; link: SchedulingLink }
  | { state: "booked"; link: SchedulingLink }
  | { state: "closed"; link: SchedulingLink };

/** The link, or null when the token is unknown or its candidate's data was deleted. */
async function findLink(token: string) {
  if (token.length > 100) return null;
  const link = await findSchedulingLinkByTokenHash(db(), hashLinkToken(token));
  return link && !link.candidateAnonymizedAt ? link : null;
}

const isClosed = (link: SchedulingLink, now: Date) => link.expiresAt <= now || link.applicationStatus !== "active" || link.interviewerIds.length === 0;

/** What the candidate's scheduling page shows: the free slots, the booked interview, or that the link no longer works. */
export async function getSchedulingPage(token: string, now = new Date()): Promise<SchedulingPage | null> {
  const link = await findLink(token);
  if (!link) return null;
  if (link.interviewId) return { state: "booked", link };
  if (isClosed(link, now)) return { state: "closed", link };
  const window = bookingWindow(now);
  const people = await loadInterviewers(db(), link.organizationId, link.interviewerIds, window);
  // An interviewer who left the organisation cannot be booked: no slot is offered without all of them.
  if (people.interviewers.length !== link.interviewerIds.length) return { state: "closed", link };
  if (people.unreadable.length > 0) return { state: "unavailable", link };
  const availability = await availabilityOf(db(), link.organizationId, people, window);
  return { state: "open", link, slots: freeSlots({ ...window, durationMinutes: link.durationMinutes, people: availability }) };
}

/**
 * Books the slot starting at `startsAt` through the candidate's link, refused while an interviewer's
 * calendar feed cannot be read: one transaction that takes every
 * interviewer's booking lock, reads their interviews again and refuses the slot if anyone became busy
 * meanwhile (two candidates racing for one interviewer's time: exactly one gets it), then creates the
 * interview, marks the link used and queues the invitations for the candidate and every interviewer.
 */
export async function bookSchedulingSlot(token: string, startsAt: Date, now = new Date()): Promise<{ interviewId: string }> {
  const link = await findLink(token);
  if (!link) throw new AppError("NOT_FOUND", "This scheduling link does not exist.");
  if (link.interviewId) throw new AppError("CONFLICT", "This link has already booked your interview.");
  if (isClosed(link, now)) throw new AppError("CONFLICT", "This scheduling link no longer works. Please contact us for a new one.");
  const slot = { start: startsAt, end: new Date(startsAt.getTime() + link.durationMinutes * 60_000) };
  const window = bookingWindow(now);
  if (slot.start < window.from || slot.start >= window.to || slot.start.getTime() % (SLOT_STEP_MINUTES * 60_000) !== 0) {
    throw new AppError("CONFLICT", SLOT_TAKEN_MESSAGE);
  }
  const people = await loadInterviewers(db(), link.organizationId, link.interviewerIds, window);
  if (people.interviewers.length !== link.interviewerIds.length) throw new AppError("CONFLICT", SLOT_TAKEN_MESSAGE);
  // Booking blind could put the interview over a meeting the feed would have shown.
  if (people.unreadable.length > 0) throw new AppError("CONFLICT", NO_TIMES_NOW_MESSAGE);

  return db().transaction(async (tx) => {
    await lockInterviewersForBooking(tx, link.interviewerIds);
    // Read after the locks: a booking that committed while this one waited is seen now.
    const availability = await availabilityOf(tx, link.organizationId, people, { from: slot.start, to: slot.end });
    if (!isSlotFree(slot, availability)) throw new AppError("CONFLICT", SLOT_TAKEN_MESSAGE);
    const application = await findApplicationInScope({ organizationId: link.organizationId, userId: "", jobs: "all" }, link.applicationId, tx);
    if (!application) throw new AppError("NOT_FOUND", "This scheduling link does not exist.");
    const interviewId = await insertInterview(
      tx,
      {
        organizationId: link.organizationId,
        applicationId: link.applicationId,
        plannedInterviewId: link.plannedInterviewId,
        title: link.title,
        startsAt: slot.start,
        endsAt: slot.end,
        timeZone: availability[0]?.timeZone ?? "UTC",
        location: link.location,
        createdByUserId: link.createdByUserId,
      },
      link.interviewerIds,
    );
    if (!(await markSchedulingLinkBooked(tx, link.organizationId, link.id, interviewId, now))) {
      throw new AppError("CONFLICT", "This link has already booked your interview.");
    }
    const creator = link.createdByUserId ? await findUserById(tx, link.createdByUserId) : null;
    await queueInvitations(tx, {
      kind: "scheduled",
      interview: { id: interviewId, title: link.title, startsAt: slot.start, endsAt: slot.end, timeZone: availability[0]?.timeZone ?? "UTC", location: link.location, sequence: 0 },
      application: { ...application, organizationId: link.organizationId },
      organizer: creator ? { name: creator.name, email: creator.email } : { name: link.organizationName, email: mailFromAddress() },
      interviewers: link.interviewerIds.flatMap((id) => people.interviewers.filter((person) => person.userId === id)),
      now,
    });
    await insertInterviewNotifications(
      tx,
      link.interviewerIds.map((userId) => ({
        organizationId: link.organizationId,
        userId,
        actorUserId: link.createdByUserId,
        candidateId: application.candidateId,
        data: { interviewId, applicationId: application.id, title: link.title },
      })),
    );
    return { interviewId };
  });
}
