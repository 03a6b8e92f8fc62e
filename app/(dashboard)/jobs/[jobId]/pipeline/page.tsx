import Link from "@/components/ui/link";
import { Board } from "@/components/pipeline/board";
import { db } from "@/db/client";
import { listJobSources } from "@/db/queries/pipeline-board";
import type { Viewer } from "@/lib/auth/viewer";
import type { BoardFilters, BoardJob } from "@/lib/board/types";
import { can } from "@/lib/permissions";
import { parseBoardFilters } from "@/lib/validation/pipeline";
import { getViewerTimeZone, type Member } from "@/server/auth/session";
import { jobPageMetadata, requireJob } from "@/server/jobs/load";
import { getBoard, getRejectDialogSettings, listArchivedApplications } from "@/server/pipeline/board";
import { ArchiveList } from "./_components/archive-list";
import { BoardFiltersForm } from "./_components/board-filters-form";

export const generateMetadata = jobPageMetadata("Pipeline");

export default async function PipelinePage({ params, searchParams }: PageProps<"/jobs/[jobId]/pipeline">) {
  // The same cached read as the job's layout: the job is read once per request.
  const { member, job } = await requireJob((await params).jobId);
  const query = await searchParams;
  const archive = query.view === "archive";
  const filters = parseBoardFilters(query);
  const canEdit = can(member.role, "pipeline.move");
  const base = `/jobs/${job.id}/pipeline`;

  const view = (current: boolean) =>
    `rounded-md px-3 py-1.5 ${current ? "bg-surface text-fg shadow-xs ring-1 ring-line" : "text-fg-muted hover:text-fg"}`;

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        {/* Focus lands here when the last applicant leaves the board. */}
        <h2 id="pipeline-heading" tabIndex={-1} className="text-lg font-semibold">
          {archive ? "Archive" : "Pipeline"}
        </h2>
        <nav aria-label="Pipeline views" className="relative flex gap-1 rounded-lg bg-surface-muted p-1 text-sm font-medium">
          <Link href={base} aria-current={archive ? undefined : "page"} className={view(!archive)}>
            Board
          </Link>
          <Link href={`${base}?view=archive`} aria-current={archive ? "page" : undefined} className={view(archive)}>
            Archive<span className="max-sm:sr-only"> (rejected and withdrawn)</span>
          </Link>
        </nav>
      </div>
      {archive ? <ArchiveSection viewer={member} job={job} canEdit={canEdit} /> : <BoardSection member={member} job={job} canEdit={canEdit} filters={filters} />}
    </>
  );
}

async function BoardSection({ member, job, canEdit, filters }: { member: Member; job: BoardJob; canEdit: boolean; filters: BoardFilters }) {
  const [columns, sources, settings] = await Promise.all([
    getBoard(member, job, filters),
    listJobSources(db(), member.organizationId, job.id),
    canEdit ? getRejectDialogSettings(member, job.title) : null,
  ]);
  const filtered = Boolean(filters.q || filters.source || filters.from || filters.to);
  return (
    <>
      {!canEdit && <p className="mt-3 text-sm text-fg-muted">You can see this board; admins and recruiters move applicants.</p>}
      {filtered && columns.every((c) => c.total === 0) && (
        <p className="mt-3 text-sm text-fg-muted" role="status">
          No applicants match these filters.
        </p>
      )}
      <div className="mt-3">
        <Board
          key={JSON.stringify(filters)}
          jobId={job.id}
          columns={columns}
          canEdit={canEdit}
          canEmail={can(member.role, "mail.send")}
          filters={filters}
          rejectionReasons={settings?.reasons ?? []}
          rejectionEmailSubject={settings?.emailSubject ?? ""}
          toolbar={<BoardFiltersForm filters={filters} sources={sources} />}
        />
      </div>
    </>
  );
}

async function ArchiveSection({ viewer, job, canEdit }: { viewer: Viewer; job: BoardJob; canEdit: boolean }) {
  const archived = await listArchivedApplications(viewer, job);
  return <ArchiveList jobId={job.id} applications={archived} canEdit={canEdit} timeZone={await getViewerTimeZone()} />;
}
