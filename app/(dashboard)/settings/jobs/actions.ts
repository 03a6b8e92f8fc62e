"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { memberAction } from "@/server/action";
import { retryBackgroundJob } from "@/server/background-jobs/retry-job";

export const retryJobAction = memberAction("settings.jobs.manage", z.object({ jobId: z.uuid() }), async ({ jobId }, member) => {
  await retryBackgroundJob(member, jobId);
  revalidatePath("/settings/jobs");
});
