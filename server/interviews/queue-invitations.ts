import "server-only";
import type { Executor } from "@/db/client";
import { getCandidateContact } from "@/db/queries/interview-scheduling";
import type { ApplicationContext } from "@/db/queries/interviews";
import { enqueueEmail } from "@/db/queries/outbox";
import type { MemberRole } from "@/lib/enums";
import { env } from "@/lib/env";
import { candidateInterviewEmail, invitationEmail, type InvitationKind } from "@/lib/interviews/emails";
import { interviewInvitation } from "@/lib/interviews/ics";
import { formatSlot } from "@/lib/interviews/time";
import { scorecardUrl } from "@/lib/interviews/urls";
import { candidateLabel } from "@/lib/review/candidate-label";
import { candidateReplyAddress } from "@/server/mail/reply-to";

export type InvitedInterview = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  location: string | null;
  sequence: number;
};

type Interviewer = { userId: string; name: string; email: string; role: MemberRole };

/** The address part of MAIL_FROM ("Candor <no-reply@x>" → "no-reply@x"): the organiser the candidate's invitation names. */
export function mailFromAddress(): string {
  const from = env().MAIL_FROM;
  return /<([^>]+)>/.exec(from)?.[1] ?? from;
}

const calendarAttachment = (ics: string, method: "REQUEST" | "CANCEL") => ({
  filename: method === "CANCEL" ? "cancel.ics" : "invite.ics",
  contentType: `text/calendar; charset=utf-8; method=${method}`,
  content: new TextEncoder().encode(ics),
});

/**
 * Queues, in the caller's transaction, the email with a calendar invitation that each interviewer and the
 * candidate receive when an interview is scheduled, moved or cancelled. Every one carries the interview's
 * UID and its SEQUENCE, so calendars update or remove the earlier event. Each interviewer sees the
 * candidate as their role allows; the candidate sees the interviewers' names only, never their addresses.
 */
export async function queueInvitations(
  tx: Executor,
  {
    kind,
    interview,
    application,
    organizer,
    interviewers,
    now,
  }: {
    kind: InvitationKind;
    interview: InvitedInterview;
    application: ApplicationContext & { organizationId: string };
    organizer: { name: string; email: string };
    interviewers: Interviewer[];
    now: Date;
  },
) {
  const method = kind === "cancelled" ? "CANCEL" : "REQUEST";
  const when = formatSlot(interview.startsAt, interview.endsAt, interview.timeZone);
  const url = scorecardUrl(interview.id);
  // The first invitation keeps the key it always had; each change has its own.
  const suffix = interview.sequence === 0 ? "" : `:${interview.sequence}`;
  const calendarBase = {
    interviewId: interview.id,
    sequence: interview.sequence,
    method,
    startsAt: interview.startsAt,
    endsAt: interview.endsAt,
    timeZone: interview.timeZone,
    location: interview.location,
    stamp: now,
  } as const;
  const message = { organizationId: application.organizationId, candidateId: application.candidateId, applicationId: application.id };

  for (const interviewer of interviewers) {
    const candidate = candidateLabel(interviewer, application);
    const ics = interviewInvitation({
      ...calendarBase,
      summary: `${interview.title}: ${candidate}`,
      description: `${application.jobTitle}\nScorecard: ${url}`,
      organizer,
      attendees: interviewers.map((member) => ({ name: member.name, email: member.email })),
    });
    const email = invitationEmail({
      kind,
      interviewerName: interviewer.name,
      title: interview.title,
      candidate,
      jobTitle: application.jobTitle,
      when,
      location: interview.location,
      interviewers: interviewers.map((member) => member.name),
      scorecardUrl: url,
      organizerName: organizer.name,
    });
    // The candidate and application put the invitation on the candidate's timeline.
    await enqueueEmail(tx, {
      ...message,
      to: interviewer.email,
      ...email,
      attachments: [calendarAttachment(ics, method)],
      dedupeKey: `interview-invitation:${interview.id}:${interviewer.userId}${suffix}`,
    });
  }

  const contact = await getCandidateContact(tx, application.organizationId, application.id);
  // A candidate whose data was deleted has no address left to write to.
  if (!contact || contact.anonymizedAt) return;
  const names = interviewers.map((member) => member.name);
  const ics = interviewInvitation({
    ...calendarBase,
    summary: `${interview.title} with ${contact.organizationName}`,
    description: `${application.jobTitle} at ${contact.organizationName}\nWith: ${names.join(", ")}`,
    organizer: { name: contact.organizationName, email: mailFromAddress() },
    attendees: [{ name: contact.candidateName, email: contact.candidateEmail }],
  });
  const email = candidateInterviewEmail({
    kind,
    candidateName: contact.candidateName,
    organizationName: contact.organizationName,
    title: interview.title,
    jobTitle: application.jobTitle,
    when,
    location: interview.location,
    interviewers: names,
  });
  await enqueueEmail(tx, {
    ...message,
    to: contact.candidateEmail,
    replyTo: await candidateReplyAddress(tx, application.organizationId, application.id),
    ...email,
    attachments: [calendarAttachment(ics, method)],
    dedupeKey: `interview-invitation:${interview.id}:candidate${suffix}`,
  });
}
