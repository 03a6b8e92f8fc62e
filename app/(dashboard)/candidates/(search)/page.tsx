import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { EmptyState } from "@/components/ui/empty-state";
import { CANDIDATE_SEARCH_PAGE_SIZE, listSearchableJobs } from "@/db/queries/candidate-search";
import { requireMember } from "@/server/auth/session";
import { searchCandidates } from "@/server/candidates/search-candidates";
import { buttonClasses } from "@/components/ui/button";
import { can, jobScope, seesAllJobs } from "@/lib/permissions";
import { candidateSearchHref, hasCandidateFilters, parseCandidateSearch, type CandidateSearch } from "@/lib/validation/candidate-search";
import { Pagination } from "./_components/pagination";
import { ResultsTable } from "./_components/results-table";
import { SearchForm } from "./_components/search-form";

export const metadata: Metadata = { title: "Candidates" };

function countLabel(total: number, capped: boolean, isFiltered: boolean) {
  const noun = total === 1 && !capped ? "candidate" : "candidates";
  const count = `${total.toLocaleString("en")}${capped ? "+" : ""} ${noun}`;
  return isFiltered ? `${count} found` : `${count}, most recent applicants first`;
}

export default async function CandidatesPage({ searchParams }: PageProps<"/candidates">) {
  const member = await requireMember();
  const search = parseCandidateSearch(await searchParams);
  const isFiltered = hasCandidateFilters(search);
  const [{ rows, total, totalIsCapped }, jobs] = await Promise.all([searchCandidates(member, search), listSearchableJobs(jobScope(member))]);
  const pages = Math.max(1, Math.ceil(total / CANDIDATE_SEARCH_PAGE_SIZE));

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Candidates</h1>
        <div className="flex flex-wrap gap-2">
          {can(member.role, "candidates.add") && (
            <>
              <Link href="/candidates/new" className={buttonClasses("primary")}>
                Add candidate
              </Link>
              <Link href="/candidates/import" className={buttonClasses("secondary")}>
                Import CSV
              </Link>
              <Link href="/candidates/prospects" className={buttonClasses("secondary")}>
                Prospects
              </Link>
            </>
          )}
          {can(member.role, "candidates.export") && (
            // A download, not a page: a plain link, so the browser saves the file.
            <a href={candidateSearchHref({ ...search, page: 1 }, "/candidates/export")} className={buttonClasses("secondary")} download>
              Export CSV
            </a>
          )}
        </div>
      </div>
      <p className="mt-1 text-sm text-slate-700">
        {seesAllJobs(member.role) ? `Everyone who applied to ${member.organizationName}.` : "Candidates of the jobs whose hiring team you are on."}
      </p>
      <div className="mt-6">
        <SearchForm search={search} jobs={jobs} isFiltered={isFiltered} />
      </div>
      <p role="status" className="mt-6 text-sm font-medium text-slate-700">
        {countLabel(total, totalIsCapped, isFiltered)}
        {search.q && (
          <>
            {" "}
            for “{search.q}”
          </>
        )}
      </p>
      <div className="mt-3">
        {rows.length > 0 ? <ResultsTable rows={rows} /> : <NoResults search={search} isFiltered={isFiltered} />}
      </div>
      <Pagination search={search} pages={pages} />
    </>
  );
}

function NoResults({ search, isFiltered }: { search: CandidateSearch; isFiltered: boolean }) {
  if (search.page > 1) {
    return (
      <EmptyState title="No candidates on this page">
        <Link href={candidateSearchHref({ ...search, page: 1 })} className="text-indigo-700 underline">
          Back to the first page
        </Link>
      </EmptyState>
    );
  }
  if (isFiltered) {
    return (
      <EmptyState title="No candidates match your search">
        <p>Check the spelling, try fewer words or remove a filter.</p>
        <Link href="/candidates" className="mt-3 inline-block font-medium text-indigo-700 underline underline-offset-4">
          Clear search
        </Link>
      </EmptyState>
    );
  }
  return <EmptyState title="No candidates yet">People who apply to your jobs will appear here.</EmptyState>;
}
