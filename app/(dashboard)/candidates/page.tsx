import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { EmptyState } from "@/components/ui/empty-state";
import { CANDIDATES_PAGE_SIZE, listCandidates } from "@/db/queries/candidates";
import { requireMember } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Candidates" };

export default async function CandidatesPage({ searchParams }: PageProps<"/candidates">) {
  const member = await requireMember();
  const page = z.coerce.number().int().min(1).max(10_000).catch(1).parse((await searchParams).page ?? 1);
  const { rows, total } = await listCandidates(member, page);
  const pages = Math.max(1, Math.ceil(total / CANDIDATES_PAGE_SIZE));

  return (
    <>
      <h1 className="text-2xl font-bold">Candidates</h1>
      <p className="mt-1 text-sm text-slate-700">
        {total === 1 ? "1 candidate" : `${total} candidates`}, most recent applicants first.
      </p>
      <div className="mt-6">
        {rows.length === 0 ? (
          <EmptyState title={page > 1 ? "No candidates on this page" : "No candidates yet"}>
            {page > 1 ? <Link href="/candidates" className="text-indigo-700 underline">Back to the first page</Link> : "People who apply to your jobs will appear here."}
          </EmptyState>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Candidates</caption>
              <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className="px-4 py-3 font-semibold">Name</th>
                  <th scope="col" className="px-4 py-3 font-semibold">Email</th>
                  <th scope="col" className="px-4 py-3 font-semibold">Location</th>
                  <th scope="col" className="px-4 py-3 text-right font-semibold">Applications</th>
                  <th scope="col" className="px-4 py-3 font-semibold">Last applied</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {rows.map((candidate) => (
                  <tr key={candidate.id}>
                    <td className="px-4 py-3 font-medium">{candidate.name}</td>
                    <td className="px-4 py-3 text-slate-700">{candidate.email}</td>
                    <td className="px-4 py-3 text-slate-700">{candidate.location ?? "—"}</td>
                    <td className="px-4 py-3 text-right tabular-nums">{candidate.applicationCount}</td>
                    <td className="px-4 py-3 text-slate-700">{formatDate(candidate.lastAppliedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
      {pages > 1 && (
        <nav aria-label="Pagination" className="mt-4 flex items-center justify-between text-sm">
          <span className="text-slate-700">
            Page {page} of {pages}
          </span>
          <span className="flex gap-2">
            {page > 1 && (
              <Link href={`/candidates?page=${page - 1}`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium">
                Previous
              </Link>
            )}
            {page < pages && (
              <Link href={`/candidates?page=${page + 1}`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium">
                Next
              </Link>
            )}
          </span>
        </nav>
      )}
    </>
  );
}
