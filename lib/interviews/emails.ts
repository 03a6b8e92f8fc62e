/** Why an invitation is sent: the first one, a new time, or the interview called off. */
export type InvitationKind = "scheduled" | "rescheduled" | "cancelled";

const subjectPrefix: Record<InvitationKind, string> = { scheduled: "Interview", rescheduled: "Interview moved", cancelled: "Interview cancelled" };

/** The invitation an interviewer receives; the candidate is whatever this interviewer may see (a name or an alias). */
export function invitationEmail(details: {
  kind?: InvitationKind;
  interviewerName: string;
  title: string;
  candidate: string;
  jobTitle: string;
  when: string;
  location: string | null;
  interviewers: string[];
  scorecardUrl: string;
  organizerName: string;
}) {
  const kind = details.kind ?? "scheduled";
  const subject = `${subjectPrefix[kind]}: ${details.title} with ${details.candidate} (${details.jobTitle})`;
  const opening = {
    scheduled: `${details.organizerName} has scheduled you for "${details.title}" with ${details.candidate} for ${details.jobTitle}.`,
    rescheduled: `${details.organizerName} has moved "${details.title}" with ${details.candidate} for ${details.jobTitle} to a new time.`,
    cancelled: `${details.organizerName} has cancelled "${details.title}" with ${details.candidate} for ${details.jobTitle}. The attached update takes it off your calendar.`,
  }[kind];
  if (kind === "cancelled") return { subject, text: [`Hi ${details.interviewerName},`, "", opening, "", `It was: ${details.when}`].join("\n") };
  const text = [
    `Hi ${details.interviewerName},`,
    "",
    opening,
    "",
    `When: ${details.when}`,
    `Where: ${details.location ?? "to be confirmed"}`,
    `Interviewers: ${details.interviewers.join(", ")}`,
    "",
    "The calendar invitation is attached. Fill in your scorecard after the interview, before you talk it over with the others:",
    details.scorecardUrl,
  ].join("\n");
  return { subject, text };
}

/** Sent once, a day after an interview ended without this interviewer's scorecard. */
export function scorecardReminderEmail(details: { interviewerName: string; title: string; candidate: string; when: string; scorecardUrl: string }) {
  const subject = `Reminder: your scorecard for ${details.title} with ${details.candidate}`;
  const text = [
    `Hi ${details.interviewerName},`,
    "",
    `Your scorecard for "${details.title}" with ${details.candidate} (${details.when}) has not been submitted yet.`,
    "Feedback written while the interview is fresh is the most useful to the team:",
    details.scorecardUrl,
  ].join("\n");
  return { subject, text };
}

/**
 * What the candidate receives about their interview: when, where and the interviewers' names, never
 * their addresses or anything the team wrote about the candidate.
 */
export function candidateInterviewEmail(details: {
  kind: InvitationKind;
  candidateName: string;
  organizationName: string;
  title: string;
  jobTitle: string;
  when: string;
  location: string | null;
  interviewers: string[];
}) {
  const subject = `${subjectPrefix[details.kind]}: ${details.title} for ${details.jobTitle} at ${details.organizationName}`;
  const opening = {
    scheduled: `Your interview "${details.title}" for ${details.jobTitle} at ${details.organizationName} is scheduled.`,
    rescheduled: `Your interview "${details.title}" for ${details.jobTitle} at ${details.organizationName} has moved to a new time.`,
    cancelled: `Your interview "${details.title}" for ${details.jobTitle} at ${details.organizationName} has been cancelled. We will be in touch about what happens next.`,
  }[details.kind];
  const lines = [`Hi ${details.candidateName},`, "", opening, ""];
  if (details.kind === "cancelled") lines.push(`It was: ${details.when}`);
  else
    lines.push(
      `When: ${details.when}`,
      `Where: ${details.location ?? "to be confirmed"}`,
      `With: ${details.interviewers.join(", ")}`,
      "",
      "The calendar invitation is attached.",
    );
  return { subject, text: lines.join("\n") };
}

/** The link a candidate books their interview with; it works until `expiresAt` and books one time. */
export function schedulingLinkEmail(details: {
  candidateName: string;
  organizationName: string;
  title: string;
  jobTitle: string;
  durationMinutes: number;
  url: string;
  expiresAt: Date;
}) {
  const subject = `Choose a time for your interview with ${details.organizationName}`;
  const until = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" }).format(details.expiresAt);
  const text = [
    `Hi ${details.candidateName},`,
    "",
    `We'd like to invite you to "${details.title}" (${details.durationMinutes} minutes) for ${details.jobTitle} at ${details.organizationName}.`,
    "Choose the time that suits you best; the times are shown in your own time zone:",
    details.url,
    "",
    `The link works until ${until} and books one interview. Keep it to yourself.`,
  ].join("\n");
  return { subject, text };
}
