/** The invitation an interviewer receives; the candidate is whatever this interviewer may see (a name or an alias). */
export function invitationEmail(details: {
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
  const subject = `Interview: ${details.title} with ${details.candidate} (${details.jobTitle})`;
  const text = [
    `Hi ${details.interviewerName},`,
    "",
    `${details.organizerName} has scheduled you for "${details.title}" with ${details.candidate} for ${details.jobTitle}.`,
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
