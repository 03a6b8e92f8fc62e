import { requireJob } from "@/server/jobs/load";

/**
 * Checks access above the page's loading boundary (loading.tsx), so a job the member may not see
 * answers with a real 404 status before any of the page streams. requireJob is cached per request:
 * the job's layout, this layout, the metadata and the page share one read of the job.
 */
export default async function PipelineLayout({ children, params }: LayoutProps<"/jobs/[jobId]/pipeline">) {
  await requireJob((await params).jobId);
  return children;
}
