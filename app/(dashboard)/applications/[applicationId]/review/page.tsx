import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { ApplicationReview } from "@/components/review/application-review";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getApplicationReview } from "@/db/queries/review";
import { requireMember } from "@/lib/auth/session";
import type { Viewer } from "@/lib/auth/viewer";

// The review panel on a page of its own: anonymised-review status, reveal and the offer decision.
// The full application page embeds the same <ApplicationReview>.

const loadReview = cache(async (viewer: Viewer, applicationId: string) => {
  const id = z.uuid().safeParse(applicationId);
  return id.success ? getApplicationReview(viewer, id.data) : null;
});

export async function generateMetadata({ params }: PageProps<"/applications/[applicationId]/review">): Promise<Metadata> {
  const member = await requireMember();
  const review = await loadReview(member, (await params).applicationId);
  // The title shows the candidate as the viewer may see them: the alias while their identity is hidden.
  return { title: review ? `Review: ${review.candidate}` : "Application not found" };
}

export default async function ApplicationReviewPage({ params }: PageProps<"/applications/[applicationId]/review">) {
  const member = await requireMember();
  const review = await loadReview(member, (await params).applicationId);
  if (!review) notFound();
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/jobs", label: "Jobs" },
          { href: `/jobs/${review.jobId}`, label: review.jobTitle },
        ]}
      />
      <h1 className="mt-2 text-2xl font-bold">{review.candidate}</h1>
      <p className="mt-1 text-sm text-slate-700">
        {review.stageName}
      </p>
      <div className="mt-6">
        <ApplicationReview applicationId={review.applicationId} viewer={member} />
      </div>
    </>
  );
}
