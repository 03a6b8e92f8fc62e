import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ApplicationInterviews } from "@/components/interviews/application-interviews";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { candidateLabel, findApplicationForViewer } from "@/db/queries/interviews";
import { requireMember } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Interviews" };

/**
 * The application's interviews on a page of their own. The application page shows the same component;
 * this route keeps it reachable (and testable) on its own.
 */
export default async function ApplicationInterviewsPage({ params }: PageProps<"/applications/[applicationId]/interviews">) {
  const member = await requireMember();
  const id = z.uuid().safeParse((await params).applicationId);
  const application = id.success ? await findApplicationForViewer(member, id.data) : null;
  if (!application) notFound();
  return (
    <>
      <Breadcrumbs items={[{ href: "/jobs", label: "Jobs" }, { href: `/jobs/${application.jobId}`, label: application.jobTitle }]} />
      <h1 className="mt-2 text-2xl font-bold">Interviews with {candidateLabel(member, application)}</h1>
      <ApplicationInterviews applicationId={application.id} viewer={member} />
    </>
  );
}
