import Link from "@/components/ui/link";
import { candidateSearchHref, type CandidateSearch } from "@/lib/validation/candidate-search";

const linkClasses = "rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-100";

export function Pagination({ search, pages }: { search: CandidateSearch; pages: number }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pagination" className="mt-4 flex items-center justify-between text-sm">
      <span className="text-slate-700">
        Page {search.page} of {pages.toLocaleString("en")}
      </span>
      <span className="flex gap-2">
        {search.page > 1 && (
          <Link href={candidateSearchHref({ ...search, page: search.page - 1 })} className={linkClasses}>
            Previous
          </Link>
        )}
        {search.page < pages && (
          <Link href={candidateSearchHref({ ...search, page: search.page + 1 })} className={linkClasses}>
            Next
          </Link>
        )}
      </span>
    </nav>
  );
}
