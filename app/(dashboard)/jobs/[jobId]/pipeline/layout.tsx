import { notFound } from "next/navigation";
import { requireMember } from "@/server/auth/session";
import { loadBoardJob } from "./load-job";

/**
 * Checks access above the page's loading boundary (loading.tsx), so a job the member may not see
 * answers with a real 404 status before any of the page streams.
 */
export default async function PipelineLayout({ children, params }: LayoutProps<"/jobs/[jobId]/pipeline">) {
  const member = await requireMember();
  if (!(await loadBoardJob(member, (await params).jobId))) notFound();
  return children;
}
