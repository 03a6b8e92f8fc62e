import type { VisibleApplication } from "@/server/candidates/get-candidate-profile";
import { formatDate } from "@/lib/format";
import { applicationStatusLabels } from "./labels";

/** Stage, status, applied date, source and (if rejected) the reason: the facts of one application. */
export function ApplicationSummary({ application }: { application: VisibleApplication }) {
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
      <dt className="font-medium text-slate-700">Stage</dt>
      <dd>{application.stageName}</dd>
      <dt className="font-medium text-slate-700">Status</dt>
      <dd>{applicationStatusLabels[application.status]}</dd>
      {application.rejectionReason && (
        <>
          <dt className="font-medium text-slate-700">Rejection reason</dt>
          <dd>{application.rejectionReason}</dd>
        </>
      )}
      <dt className="font-medium text-slate-700">Applied</dt>
      <dd>{formatDate(application.createdAt)}</dd>
      <dt className="font-medium text-slate-700">Source</dt>
      <dd>{application.source ?? "—"}</dd>
    </dl>
  );
}
