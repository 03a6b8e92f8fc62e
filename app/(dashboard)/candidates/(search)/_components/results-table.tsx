import Link from "next/link";
import { Time } from "@/components/dates/time";
import type { CandidateSearchRow } from "@/server/candidates/search-candidates";
import { applicationStatusLabels } from "@/lib/candidates/labels";
import { MatchReason } from "./match-reason";

export function ResultsTable({ rows }: { rows: CandidateSearchRow[] }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
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
                  <Link href={`/candidates/${row.id}`} className="font-medium text-indigo-700 hover:underline">
                    {row.name}
                  </Link>
                )}
                {row.location && <div className="text-slate-600">{row.location}</div>}
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
                      <span className="font-medium">{application.jobTitle}</span>
                      <span className="text-slate-700">
                        {" "}
                        · {application.stageName}
                        {application.status !== "active" && ` · ${applicationStatusLabels[application.status]}`}
                      </span>
                    </li>
                  ))}
                </ul>
              </td>
              <td className="whitespace-nowrap px-4 py-3 text-slate-700"><Time value={row.lastAppliedAt} date /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
