import Link from "next/link";
import { z } from "zod";
import { Board } from "@/components/pipeline/board";
import { db } from "@/db/client";
import { listJobSources } from "@/db/queries/pipeline-board";
import type { Viewer } from "@/lib/auth/viewer";
import { renderRejectionEmail } from "@/lib/board/rejection-email";
import type { BoardJob } from "@/lib/board/types";
import { can } from "@/lib/permissions";
import { boardFiltersSchema } from "@/lib/validation/pipeline";
import type { Member } from "@/server/auth/session";
import { jobPageMetadata, requireJob } from "@/server/jobs/load";
import { getBoard, getRejectionSettings, listArchivedApplications } from "@/server/pipeline/board";
import { ArchiveList } from "./_components/archive-list";
import { BoardFiltersForm } from "./_components/board-filters-form";

export const generateMetadata = jobPageMetadata("Pipeline");

export default async function PipelinePage({ params, searchParams }: PageProps<"/jobs/[jobId]/pipeline">) {
  // The same cached read as the job's layout: the job is read once per request.
  const { member, job } = await requireJob((await params).jobId);
  const query = await searchParams;
  const archive = query.view === "archive";
  const filters = boardFiltersSchema.parse(Object.fromEntries(Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined])));
  const canEdit = can(member.role, "pipeline.move");
  const base = `/jobs/${job.id}/pipeline`;

  return (
    <>
      <h2 className="text-lg font-semibold">{archive ? "Archive" : "Pipeline"}</h2>
      <nav aria-label="Pipeline views" className="mt-4 flex gap-4 border-b border-slate-200 text-sm font-medium">
        <Link href={base} aria-current={archive ? undefined : "page"} className={`-mb-px border-b-2 px-1 pb-2 ${archive ? "border-transparent text-slate-700 hover:text-slate-900" : "border-indigo-700 text-indigo-800"}`}>
          Board
        </Link>
        <Link href={`${base}?view=archive`} aria-current={archive ? "page" : undefined} className={`-mb-px border-b-2 px-1 pb-2 ${archive ? "border-indigo-700 text-indigo-800" : "border-transparent text-slate-700 hover:text-slate-900"}`}>
          Archive (rejected and withdrawn)
        </Link>
      </nav>
      {archive ? <ArchiveSection viewer={member} job={job} canEdit={canEdit} /> : <BoardSection member={member} job={job} canEdit={canEdit} filters={filters} />}
    </>
  );
}

async function BoardSection({ member, job, canEdit, filters }: { member: Member; job: BoardJob; canEdit: boolean; filters: z.infer<typeof boardFiltersSchema> }) {
  const [columns, sources, settings] = await Promise.all([
    getBoard(member, job, filters),
    listJobSources(db(), member.organizationId, job.id),
    canEdit ? getRejectionSettings(member.organizationId) : null,
  ]);
  const emailSubject = settings
    ? renderRejectionEmail(settings.template, { candidate_name: "the candidate", job_title: job.title, organization_name: member.organizationName }).subject
    : "";
  const filtered = Boolean(filters.q || filters.source || filters.from || filters.to);
  return (
    <>
      <BoardFiltersForm filters={filters} sources={sources} />
      {!canEdit && <p className="mt-4 text-sm text-slate-700">You can see this board; admins and recruiters move applicants.</p>}
      {filtered && columns.every((c) => c.total === 0) && (
        <p className="mt-4 text-sm text-slate-700" role="status">
          No applicants match these filters.
        </p>
      )}
      <div className="mt-4">
        <Board
          key={JSON.stringify(filters)}
          jobId={job.id}
          columns={columns}
          canEdit={canEdit}
          filters={filters}
          rejectionReasons={settings?.reasons ?? []}
          rejectionEmailSubject={emailSubject}
        />
      </div>
    </>
  );
}

async function ArchiveSection({ viewer, job, canEdit }: { viewer: Viewer; job: BoardJob; canEdit: boolean }) {
  const archived = await listArchivedApplications(viewer, job);
  return <ArchiveList jobId={job.id} applications={archived} canEdit={canEdit} />;
}
