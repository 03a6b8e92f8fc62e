"use server";

import { revalidatePath } from "next/cache";
import { memberAction } from "@/server/action";
import { scheduleInterview } from "./schedule-interview";
import { cancelInterviewSchema, rescheduleInterviewSchema, scheduleInterviewSchema, sendSchedulingLinkSchema } from "@/lib/validation/interviews";
import { cancelInterview, rescheduleInterview } from "./change-interview";
import { sendSchedulingLink } from "./send-scheduling-link";

/** Schedules an interview for an application and invites its interviewers (email with a calendar invitation). */
export const scheduleInterviewAction = memberAction("interviews.schedule", scheduleInterviewSchema, async (input, member) => {
  const result = await scheduleInterview(member, input);
  revalidatePath("/applications/[applicationId]", "layout");
  revalidatePath("/feedback");
  return result;
});

/** Moves an interview to a new time; everyone invited gets the update (same UID, next SEQUENCE). */
export const rescheduleInterviewAction = memberAction("interviews.schedule", rescheduleInterviewSchema, async (input, member) => {
  const result = await rescheduleInterview(member, input);
  revalidatePath("/applications/[applicationId]", "layout");
  revalidatePath("/feedback");
  return result;
});

/** Cancels an interview; everyone invited gets a METHOD:CANCEL update that takes it off their calendar. */
export const cancelInterviewAction = memberAction("interviews.schedule", cancelInterviewSchema, async (input, member) => {
  const result = await cancelInterview(member, input);
  revalidatePath("/applications/[applicationId]", "layout");
  revalidatePath("/feedback");
  return result;
});

/** Emails the candidate a link to book a planned interview themselves. */
export const sendSchedulingLinkAction = memberAction("interviews.schedule", sendSchedulingLinkSchema, async (input, member) => {
  const result = await sendSchedulingLink(member, input);
  revalidatePath("/applications/[applicationId]", "layout");
  return result;
});
