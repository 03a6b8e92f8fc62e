"use server";

import { updateJob } from "@/db/queries/jobs";
import { memberAction } from "@/server/action";
import { revalidateCareers } from "@/server/cache/public";
import { renderMarkdown } from "@/lib/markdown";
import { revalidateJob } from "@/lib/jobs/revalidate";
import { previewSchema, updateJobSchema } from "@/lib/validation/job";

const update = memberAction("jobs.manage", updateJobSchema, async ({ jobId, version, intent, ...fields }, member) => {
  const { job } = await updateJob(member, jobId, version, fields, intent === "save" ? undefined : intent);
  revalidateJob(job.id);
  // Title, slug, description or status may all show publicly; the old slug's page goes with the tag.
  revalidateCareers(member.organizationSlug);
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
