import Link from "next/link";
import type { BoardFilters } from "@/lib/board/types";

/** A plain GET form: the filters live in the URL, so a filtered board can be shared and reloaded. */
export function BoardFiltersForm({ filters, sources }: { filters: BoardFilters; sources: string[] }) {
  const input = "rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900";
  const label = "flex flex-col gap-1 text-sm font-medium text-slate-900";
  return (
    <form method="get" role="search" aria-label="Filter applicants" className="mt-4 flex flex-wrap items-end gap-3">
      <label className={label}>
        Name or email
        <input type="search" name="q" defaultValue={filters.q} className={`${input} w-56`} />
      </label>
      <label className={label}>
        Source
        <select name="source" defaultValue={filters.source ?? ""} className={input}>
          <option value="">Any source</option>
          {sources.map((source) => (
            <option key={source} value={source}>
              {source}
            </option>
          ))}
        </select>
      </label>
      <label className={label}>
        Applied from
        <input type="date" name="from" defaultValue={filters.from} className={input} />
      </label>
      <label className={label}>
        Applied until
        <input type="date" name="to" defaultValue={filters.to} className={input} />
      </label>
      <button type="submit" className="rounded-md bg-indigo-700 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-800">
        Filter
      </button>
      {(filters.q || filters.source || filters.from || filters.to) && (
        <Link href="?" className="px-2 py-2 text-sm font-medium text-indigo-700 hover:underline">
          Clear filters
        </Link>
      )}
    </form>
  );
}
