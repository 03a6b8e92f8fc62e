import Link from "next/link";
import { Time } from "@/components/dates/time";
import type { CandidateSearchRow } from "@/server/candidates/search-candidates";
import { Avatar } from "@/components/ui/avatar";
import { ApplicationPlace } from "@/components/candidates/application-place";
import { MatchReason } from "./match-reason";
import { TableScroll } from "@/components/ui/table-scroll";

export function ResultsTable({ rows }: { rows: CandidateSearchRow[] }) {
  return (
    <TableScroll label="Candidates">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Candidates</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">Candidate</th>
            <th scope="col" className="px-4 py-3 font-semibold">Contact</th>
            <th scope="col" className="px-4 py-3 font-semibold">Applications</th>
            <th scope="col" className="px-4 py-3 font-semibold">Last applied</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
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
        </tbody>
      </table>
    </TableScroll>
  );
}
