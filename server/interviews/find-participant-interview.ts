import "server-only";
import type { Executor } from "@/db/client";
import { findParticipantInterview, getInvitationPeople, type ApplicationContext } from "@/db/queries/interviews";
import type { ScorecardTemplate } from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { interviewInvitation } from "@/lib/interviews/ics";
import { scorecardUrl } from "@/lib/interviews/urls";
import { jobScope } from "@/lib/permissions";
import { candidateLabel } from "@/lib/review/candidate-label";

export type ParticipantInterview = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  location: string | null;
  /** The calendar SEQUENCE of its latest invitation, and whether it was called off. */
  sequence: number;
  cancelledAt: Date | null;
  template: ScorecardTemplate;
  application: ApplicationContext;
  /** The candidate as this interviewer may see them (an alias under anonymised review). */
  candidate: string;
};

/**
 * One interview for its scorecard form, or null unless the member is one of its interviewers and works
 * on the job (admins and recruiters always do). Another organisation's interview looks the same as none.
 */
export async function findInterviewForParticipant(member: Viewer, interviewId: string, executor?: Executor): Promise<ParticipantInterview | null> {
  const row = await findParticipantInterview(jobScope(member), interviewId, executor);
  if (!row) return null;
  const { interviewId: id, title, startsAt, endsAt, timeZone, location, sequence, cancelledAt, template, ...application } = row;
  return {
    id,
    title,
    startsAt,
    endsAt,
    timeZone,
    location,
    sequence,
    cancelledAt,
    template: template ?? { focusAreas: [] },
    application,
    candidate: candidateLabel(member, application),
  };
}

/**
 * The calendar invitation for one interview, as its interviewer may see it (an alias under anonymised
 * review), for the "Add to calendar" download. Null unless the member is one of its interviewers.
 */
export async function getInvitationForParticipant(member: Viewer, interviewId: string): Promise<string | null> {
  const interview = await findInterviewForParticipant(member, interviewId);
  if (!interview) return null;
  const { attendees, organizer } = await getInvitationPeople(interview.id);
  return interviewInvitation({
    interviewId: interview.id,
    // The latest state: a download after a change updates the event rather than bringing back the old one.
    sequence: interview.sequence,
    method: interview.cancelledAt ? "CANCEL" : "REQUEST",
    summary: `${interview.title}: ${interview.candidate}`,
    description: `${interview.application.jobTitle}\nScorecard: ${scorecardUrl(interview.id)}`,
    startsAt: interview.startsAt,
    endsAt: interview.endsAt,
    timeZone: interview.timeZone,
    location: interview.location,
    organizer: organizer?.email ? { name: organizer.name ?? "", email: organizer.email } : { name: "Candor", email: attendees[0]!.email },
    attendees,
    stamp: organizer?.createdAt ?? new Date(),
  });
}
