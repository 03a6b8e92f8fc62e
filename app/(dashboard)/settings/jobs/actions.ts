"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { memberAction } from "@/lib/action";
import { retryBackgroundJob } from "@/server/jobs/retry-job";

export const retryJobAction = memberAction(["admin"], z.object({ jobId: z.uuid() }), async ({ jobId }, member) => {
  await retryBackgroundJob(member, jobId);
  revalidatePath("/settings/jobs");
});
