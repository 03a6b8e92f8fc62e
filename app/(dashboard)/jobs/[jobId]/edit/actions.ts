"use server";

import { memberAction } from "@/server/action";
import { updateJob } from "@/server/jobs/update-job";
import { renderMarkdown } from "@/lib/markdown";
import { previewSchema, updateJobSchema } from "@/lib/validation/job";

const update = memberAction("jobs.manage", updateJobSchema, async ({ jobId, version, intent, ...fields }, member) => {
  const { job } = await updateJob(member, { jobId, version, fields, transition: intent === "save" ? undefined : intent });
  return { version: job.version, status: job.status, slug: job.slug };
});

export async function updateJobAction(input: FormData | Record<string, unknown>) {
  return update(input);
}

// The editor's preview goes through the very function the posting page uses, so what the recruiter
// sees is what candidates will see, sanitiser included.
const preview = memberAction("jobs.manage", previewSchema, async ({ markdown }) => renderMarkdown(markdown));

export async function previewMarkdownAction(input: { markdown: string }) {
  return preview(input);
}
