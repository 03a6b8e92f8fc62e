import { ApplicationStatusBadge } from "@/components/ui/status-badge";
import type { ApplicationStatus } from "@/lib/enums";
import { applicationStatusLabels } from "@/lib/candidates/labels";

const sameWords = (a: string, b: string) => a.trim().localeCompare(b.trim(), undefined, { sensitivity: "base" }) === 0;

/**
 * Where one application stands, in a list: "Engineer · Screen", and a closed one's outcome as a badge,
 * unless the stage already says it ("Hired", never "Hired · Hired").
 */
export function ApplicationPlace({ application }: { application: { jobTitle: string; stageName: string; status: ApplicationStatus } }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
      <span className="font-medium">{application.jobTitle}</span>
      <span className="text-fg-muted">· {application.stageName}</span>
      {application.status !== "active" && !sameWords(application.stageName, applicationStatusLabels[application.status]) && (
        <ApplicationStatusBadge status={application.status} />
      )}
    </span>
  );
}
