import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Time } from "@/components/dates/time";
import { FilterForm } from "@/components/forms/filter-form";
import { buttonClasses } from "@/components/ui/button";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { TableScroll } from "@/components/ui/table-scroll";
import { requireMember } from "@/server/auth/session";
import { listProspects, prospectsQuerySchema } from "@/server/candidates/list-prospects";

export const metadata: Metadata = { title: "Prospects" };

export default async function ProspectsPage({ searchParams }: PageProps<"/candidates/prospects">) {
  const member = await requireMember("candidates.add");
  const query = prospectsQuerySchema.parse(await searchParams);
  const { rows, next } = await listProspects(member, query);
  const withQuery = (before?: string) => `/candidates/prospects?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), ...(before ? { before } : {}) })}`;

  return (
    <>
      <Breadcrumbs items={[{ href: "/candidates", label: "Candidates" }]} />
      <h1 className="mt-2 text-2xl font-bold">Prospects</h1>
      <p className="mt-1 max-w-prose text-sm text-slate-700">
        Candidates in no job yet: added by hand or imported without one. Open one to add them to a job.
      </p>
      <div className="mt-6">
        <FilterForm action="/candidates/prospects" label="Find prospects" values={query}>
          <Field label="Name or email" name="q" type="search" defaultValue={query.q} />
          <div className="flex items-end gap-3">
            <button type="submit" className={buttonClasses("primary")}>
              Find
            </button>
            {query.q && (
              <Link href="/candidates/prospects" className={buttonClasses("ghost")}>
                Clear
              </Link>
            )}
          </div>
        </FilterForm>
      </div>
      <div className="mt-6">
        {rows.length === 0 ? (
          <EmptyState title={query.q || query.before ? "No prospects match" : "No prospects yet"}>
            {query.q || query.before ? (
              <Link href="/candidates/prospects" className="text-indigo-700 underline">
                Show every prospect
              </Link>
            ) : (
              <>
                <Link href="/candidates/new" className="text-indigo-700 underline">
                  Add a candidate
                </Link>{" "}
                without choosing a job, or import a CSV file without one.
              </>
            )}
          </EmptyState>
        ) : (
          <TableScroll label="Prospects">
            <table className="min-w-full text-left text-sm">
              <thead>
                <tr className="border-b border-slate-200">
                  <th scope="col" className="py-2 pr-4">Name</th>
                  <th scope="col" className="py-2 pr-4">Email</th>
                  <th scope="col" className="py-2 pr-4">Came in</th>
                  <th scope="col" className="py-2 pr-4">Added</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id} className="border-b border-slate-100">
                    <td className="py-2 pr-4">
                      <Link href={`/candidates/${row.id}`} className="font-medium text-indigo-700 underline">
                        {row.name}
                      </Link>
                    </td>
                    <td className="py-2 pr-4">{row.email}</td>
                    <td className="py-2 pr-4">{row.source ?? "–"}</td>
                    <td className="py-2 pr-4">
                      <Time value={row.createdAt} date />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </div>
      {next && (
        <p className="mt-4">
          <Link href={withQuery(next)} className={buttonClasses("secondary")}>
            Older prospects
          </Link>
        </p>
      )}
    </>
  );
}
