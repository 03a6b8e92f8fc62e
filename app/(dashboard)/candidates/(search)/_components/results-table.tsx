import Link from "@/components/ui/link";
import { Time } from "@/components/dates/time";
import type { CandidateSearchRow } from "@/server/candidates/search-candidates";
import { Avatar } from "@/components/ui/avatar";
import { ApplicationPlace } from "@/components/candidates/application-place";
import { MatchReason } from "./match-reason";
import { DataTable } from "@/components/ui/data-table";

export function ResultsTable({ rows }: { rows: CandidateSearchRow[] }) {
  return (
    <DataTable label="Candidates" caption="Candidates" columns={["Candidate", "Contact", "Applications", "Last applied"]}>
      {rows.map((row) => (
        <tr key={row.id} className="align-top">
          <td className="max-w-md px-4 py-3">
            {row.anonymized ? (
              <span className="font-medium text-slate-700">Deleted candidate</span>
            ) : (
              <div className="flex items-center gap-2">
                <Avatar name={row.name} size="sm" />
                <Link href={`/candidates/${row.id}`} className="font-medium text-accent hover:underline">
                  {row.name}
                </Link>
              </div>
            )}
            {row.location && <div className="text-fg-subtle">{row.location}</div>}
            <MatchReason row={row} />
          </td>
          <td className="px-4 py-3 text-slate-700">
            {row.anonymized ? "—" : (
              <>
                <div>{row.email}</div>
                {row.phone && <div>{row.phone}</div>}
              </>
            )}
          </td>
          <td className="px-4 py-3">
            <ul className="flex flex-col gap-1">
              {row.applications.map((application) => (
                <li key={application.id}>
                  <ApplicationPlace application={application} />
                </li>
              ))}
            </ul>
          </td>
          <td className="whitespace-nowrap px-4 py-3 text-slate-700"><Time value={row.lastAppliedAt} date /></td>
        </tr>
      ))}
    </DataTable>
  );
}
