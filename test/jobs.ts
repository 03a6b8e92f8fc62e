import { createJob as createJobUseCase, type CreateJobInput } from "@/server/jobs/create-job";
import type { JobEditor } from "@/server/jobs/managed-job";
import { updateJob as updateJobUseCase, type JobTransition } from "@/server/jobs/update-job";
import type { JobFields } from "@/lib/validation/job";

// For tests about saving jobs, not about the "Before you publish" checks (server/jobs/review-posting.test.ts):
// each confirms the warnings it is asked about, as "Publish anyway" does.

export async function updateJobConfirmingWarnings(actor: JobEditor, jobId: string, version: number, fields: JobFields, transition?: JobTransition) {
  let result = await updateJobUseCase(actor, { jobId, version, fields, transition });
  if (result.outcome === "confirm") result = await updateJobUseCase(actor, { jobId, version, fields, transition, confirmedWarnings: result.warnings.map((w) => w.id) });
  if (result.outcome !== "saved") throw new Error("The confirmed warnings were asked again");
  return result;
}

export async function createJobConfirmingWarnings(actor: JobEditor, input: CreateJobInput) {
  let result = await createJobUseCase(actor, input);
  if (result.outcome === "confirm") result = await createJobUseCase(actor, { ...input, confirmedWarnings: result.warnings.map((w) => w.id) });
  if (result.outcome !== "created") throw new Error("The confirmed warnings were asked again");
  return result.job;
}
