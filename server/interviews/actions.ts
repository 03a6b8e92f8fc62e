"use server";

import { revalidatePath } from "next/cache";
import { memberAction } from "@/server/action";
import { scheduleInterview } from "./schedule-interview";
import { scheduleInterviewSchema } from "@/lib/validation/interviews";

/** Schedules an interview for an application and invites its interviewers (email with a calendar invitation). */
export const scheduleInterviewAction = memberAction("interviews.schedule", scheduleInterviewSchema, async (input, member) => {
  const result = await scheduleInterview(member, input);
  revalidatePath("/applications/[applicationId]", "layout");
  revalidatePath("/feedback");
  return result;
});
