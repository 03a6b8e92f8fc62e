import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from "ical-generator";

export type Invitation = {
  interviewId: string;
  /** Bumped when the interview changes, so calendars replace the earlier invitation. */
  sequence?: number;
  /** REQUEST invites or updates; CANCEL takes the event off every calendar that holds this UID. */
  method?: "REQUEST" | "CANCEL";
  summary: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  location: string | null;
  organizer: { name: string; email: string };
  attendees: { name: string; email: string }[];
  stamp: Date;
};

/** The same interview always has the same UID, so a later invitation updates the event rather than adding one. */
export function invitationUid(interviewId: string): string {
  return `interview-${interviewId}@candor`;
}

/**
 * An iCalendar invitation (METHOD:REQUEST, or METHOD:CANCEL when it is called off) for one interview. Times are written in UTC ("…Z"), which
 * every calendar reads exactly; the interview's own time zone is named in X-WR-TIMEZONE and the text,
 * and calendars show the event in each attendee's zone.
 */
export function interviewInvitation(invitation: Invitation): string {
  const calendar = ical({
    prodId: { company: "Candor", product: "Candor", language: "EN" },
    method: invitation.method === "CANCEL" ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  // Not `timezone:`: without a VTIMEZONE generator ical-generator would write the server's wall time under that TZID.
  calendar.x([["X-WR-TIMEZONE", invitation.timeZone]]);
  calendar.createEvent({
    id: invitationUid(invitation.interviewId),
    sequence: invitation.sequence ?? 0,
    status: invitation.method === "CANCEL" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    stamp: invitation.stamp,
    start: invitation.startsAt,
    end: invitation.endsAt,
    summary: invitation.summary,
    description: invitation.description,
    location: invitation.location ?? undefined,
    organizer: invitation.organizer,
    attendees: invitation.attendees.map((attendee) => ({
      ...attendee,
      rsvp: true,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
    })),
  });
  return calendar.toString();
}
