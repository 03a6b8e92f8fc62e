import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { JobForm } from "@/components/jobs/job-form";
import { requireMember } from "@/server/auth/session";
import { absoluteUrl } from "@/lib/careers/absolute-url";
import { emptyJobValues } from "@/components/jobs/form-values";
import { managerPageMetadata } from "@/server/jobs/load";
import { reviewPostingFields } from "@/server/jobs/review-posting";
import { postingCheckSchema } from "@/lib/validation/job";
import { checkPostingAction, previewMarkdownAction } from "../[jobId]/edit/actions";
import { createJobAction } from "./actions";

export const generateMetadata = managerPageMetadata("New job", "jobs.manage");

export default async function NewJobPage() {
  const member = await requireMember("jobs.manage");
  return (
    <>
      <Breadcrumbs items={[{ href: "/jobs", label: "Jobs" }]} />
      <h1 className="mt-2 text-2xl font-bold">New job</h1>
      <p className="mt-1 text-sm text-slate-700">It gets the standard pipeline; change its stages and questions after saving.</p>
      <div className="mt-6">
        <JobForm
          mode="create"
          values={emptyJobValues}
          initialPreviewHtml=""
          careersPrefix={absoluteUrl(`/careers/${member.organizationSlug}`)}
          save={createJobAction}
          preview={previewMarkdownAction}
          check={checkPostingAction}
          initialReview={reviewPostingFields(member, postingCheckSchema.parse(emptyJobValues))}
        />
      </div>
    </>
  );
}
