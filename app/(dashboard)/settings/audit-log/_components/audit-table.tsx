import { Time } from "@/components/dates/time";
import type { AuditListEntry } from "@/db/queries/audit";
import { auditActionLabels, auditActorLabel, auditDetailsText, auditTargetTypeLabel } from "@/lib/audit/labels";
import { TableScroll } from "@/components/ui/table-scroll";

/** The entries of one page: who did what to what, from where and when (in the member's zone, named in the heading). */
export function AuditTable({ entries, timeZone }: { entries: AuditListEntry[]; timeZone: string }) {
  return (
    // Wider than a narrow window: the scrolling box takes focus, so keyboard users can scroll it too.
    <TableScroll label="Audit log entries">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Audit log entries, newest first</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">Time ({timeZone})</th>
            <th scope="col" className="px-4 py-3 font-semibold">Actor</th>
            <th scope="col" className="px-4 py-3 font-semibold">Action</th>
            <th scope="col" className="px-4 py-3 font-semibold">Target</th>
            <th scope="col" className="px-4 py-3 font-semibold">IP address</th>
            <th scope="col" className="px-4 py-3 font-semibold">User agent</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
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
        </tbody>
      </table>
    </TableScroll>
  );
}
