"use server";

import { memberAction } from "@/server/action";
import { reviewPostingFields } from "@/server/jobs/review-posting";
import { updateJob } from "@/server/jobs/update-job";
import { renderMarkdown } from "@/lib/markdown";
import { postingCheckSchema, previewSchema, updateJobSchema } from "@/lib/validation/job";

const update = memberAction("jobs.manage", updateJobSchema, async ({ jobId, version, intent, confirmedWarnings, ...fields }, member) => {
  const result = await updateJob(member, { jobId, version, fields, confirmedWarnings, transition: intent === "save" ? undefined : intent });
  // Publishing with warnings not yet confirmed: nothing was saved; the form asks the recruiter.
  if (result.outcome === "confirm") return { confirm: result.warnings };
  return { version: result.job.version, status: result.job.status, slug: result.job.slug };
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

// The "Before you publish" panel: the same checks the publish action runs, on the fields as they stand.
const check = memberAction("jobs.manage", postingCheckSchema, async (fields, member) => reviewPostingFields(member, fields));

export async function checkPostingAction(input: Record<string, unknown>) {
  return check(input);
}
