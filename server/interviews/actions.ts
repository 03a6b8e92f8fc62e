"use server";

import { revalidatePath } from "next/cache";
import { scheduleInterview } from "@/db/queries/interviews";
import { memberAction } from "@/server/action";
import { scheduleInterviewSchema } from "@/lib/validation/interviews";

/** Schedules an interview for an application and invites its interviewers (email with a calendar invitation). */
export const scheduleInterviewAction = memberAction("interviews.schedule", scheduleInterviewSchema, async (input, member) => {
  const result = await scheduleInterview(member, input);
  revalidatePath("/applications/[applicationId]", "layout");
  revalidatePath("/feedback");
  return result;
});
