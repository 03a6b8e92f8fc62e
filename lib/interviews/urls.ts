import { env } from "@/lib/env";

/** Where an interviewer fills in their scorecard: linked from invitations, reminders and calendar entries. */
export const scorecardUrl = (interviewId: string) => `${env().APP_URL}/feedback/${interviewId}`;
