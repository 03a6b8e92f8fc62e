"use server";

import { memberAction } from "@/server/action";
import { importBoard } from "@/server/jobs/import-board";
import { importJob } from "@/server/jobs/import-job";
import { importBoardSchema, importPostingSchema } from "@/lib/validation/job";

// The same schema checks the chosen file's size and the pasted text in the browser before upload.
const importPosting = memberAction("jobs.manage", importPostingSchema, async (input, member) => {
  const job = await importJob(member, input);
  return { jobId: job.id };
});

export async function importJobAction(input: FormData | Record<string, unknown>) {
  return importPosting(input);
}

const importBoardPostings = memberAction("jobs.manage", importBoardSchema, (input, member) => importBoard(member, input));

/** Imports a Greenhouse board's or a Lever site's open jobs as drafts; answers what was created and skipped. */
export async function importBoardAction(input: FormData | Record<string, unknown>) {
  return importBoardPostings(input);
}
