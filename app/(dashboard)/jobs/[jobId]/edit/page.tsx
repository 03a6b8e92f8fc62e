import { ImportReviewNotes } from "@/components/jobs/import-review";
import { JobForm } from "@/components/jobs/job-form";
import { absoluteUrl } from "@/lib/careers/absolute-url";
import { jobFormValues } from "@/components/jobs/form-values";
import { jobPageMetadata, requireJob } from "@/server/jobs/load";
import { reviewStoredJob } from "@/server/jobs/review-posting";
import { renderMarkdown } from "@/lib/markdown";
import { checkPostingAction, previewMarkdownAction, updateJobAction } from "./actions";

export const generateMetadata = jobPageMetadata("Edit", "jobs.manage");

export default async function EditJobPage({ params }: PageProps<"/jobs/[jobId]/edit">) {
  const { member, job } = await requireJob((await params).jobId, "jobs.manage");
  return (
    <>
      <h2 className="text-lg font-semibold">Edit job</h2>
      {job.importReview && job.status === "draft" && (
        <div className="mt-4">
          <ImportReviewNotes review={job.importReview} />
        </div>
      )}
      <div className="mt-4">
        <JobForm
          mode="edit"
          jobId={job.id}
          version={job.version}
          status={job.status}
          values={jobFormValues(job)}
          initialPreviewHtml={renderMarkdown(job.descriptionMd)}
          careersPrefix={absoluteUrl(`/careers/${member.organizationSlug}`)}
          save={updateJobAction}
          preview={previewMarkdownAction}
          check={checkPostingAction}
          initialReview={reviewStoredJob(job)}
          importReview={job.status === "draft" ? job.importReview : null}
        />
      </div>
    </>
  );
}
