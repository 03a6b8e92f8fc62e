import { Fragment } from "react";
import { Time } from "@/components/dates/time";
import { referrerSite, utmEntries } from "@/lib/applications/attribution";
import type { VisibleApplication } from "@/server/candidates/get-candidate-profile";
import { applicationStatusLabels } from "./labels";

const utmLabels = {
  utm_source: "UTM source",
  utm_medium: "UTM medium",
  utm_campaign: "UTM campaign",
  utm_term: "UTM term",
  utm_content: "UTM content",
} as const;

/**
 * Stage, status, applied date, source and (if rejected) the reason: the facts of one application. Then
 * where the applicant came from: the other site that sent them (its site only, never the address) and
 * the campaign tags of their visit.
 */
export function ApplicationSummary({ application }: { application: VisibleApplication }) {
  const site = application.sourceDetails.referrer ? referrerSite(application.sourceDetails.referrer) : null;
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
      <dd><Time value={application.createdAt} date /></dd>
      <dt className="font-medium text-slate-700">Source</dt>
      <dd>{application.source ?? "—"}</dd>
      {site && (
        <>
          <dt className="font-medium text-slate-700">Referrer</dt>
          <dd>{site}</dd>
        </>
      )}
      {utmEntries(application.sourceDetails.utm).map(([name, value]) => (
        <Fragment key={name}>
          <dt className="font-medium text-slate-700">{utmLabels[name]}</dt>
          <dd className="break-words">{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
