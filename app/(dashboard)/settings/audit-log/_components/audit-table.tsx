import { Time } from "@/components/dates/time";
import type { AuditListEntry } from "@/db/queries/audit";
import { auditActionLabels, auditActorLabel, auditDetailsText, auditTargetTypeLabel } from "@/lib/audit/labels";
import { DataTable } from "@/components/ui/data-table";

/** The entries of one page: who did what to what, from where and when (in the member's zone, named in the heading). */
export function AuditTable({ entries, timeZone }: { entries: AuditListEntry[]; timeZone: string }) {
  return (
    // Wider than a narrow window: the scrolling box takes focus, so keyboard users can scroll it too.
    <DataTable
      label="Audit log entries"
      caption="Audit log entries, newest first"
      columns={[`Time (${timeZone})`, "Actor", "Action", "Target", "IP address", "User agent"]}
    >
      {entries.map((entry) => {
        const details = auditDetailsText(entry.details);
        return (
          <tr key={entry.id} className="align-top">
            <td className="px-4 py-3 whitespace-nowrap text-slate-700">
              <Time value={entry.createdAt} />
            </td>
            <td className="px-4 py-3">
              {auditActorLabel(entry)}
              {entry.actorName && <span className="block text-xs text-slate-600">{entry.actorName}</span>}
            </td>
            <td className="px-4 py-3">
              <span className="font-medium">{auditActionLabels[entry.action] ?? entry.action}</span>
              {details && <span className="block max-w-64 text-xs break-words text-slate-600">{details}</span>}
            </td>
            <td className="px-4 py-3">
              {entry.targetType ? (
                <>
                  {auditTargetTypeLabel(entry.targetType)}
                  {entry.targetLabel && `: ${entry.targetLabel}`}
                  {entry.targetId && <span className="block font-mono text-xs text-slate-600">{entry.targetId}</span>}
                </>
              ) : (
                "—"
              )}
            </td>
            <td className="px-4 py-3 font-mono text-xs whitespace-nowrap">{entry.ip ?? "—"}</td>
            <td className="px-4 py-3">
              <span className="block max-w-56 truncate text-xs text-slate-700" title={entry.userAgent ?? undefined}>
                {entry.userAgent ?? "—"}
              </span>
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
