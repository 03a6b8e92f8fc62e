import { Search } from "lucide-react";
import Link from "@/components/ui/link";
import type { BoardFilters } from "@/lib/board/types";

/** A plain GET form: the filters live in the URL, so a filtered board can be shared and reloaded. One row on a desktop. */
export function BoardFiltersForm({ filters, sources }: { filters: BoardFilters; sources: string[] }) {
  const input = "h-9 rounded-md border border-line-strong bg-surface px-2.5 text-sm text-fg";
  const label = "flex flex-col gap-1 text-xs font-medium text-fg-muted";
  return (
    <form method="get" role="search" aria-label="Filter applicants" className="flex flex-wrap items-end gap-2">
      <label className={label}>
        Name or email
        <input type="search" name="q" defaultValue={filters.q} className={`${input} w-56`} />
      </label>
      <label className={label}>
        Source
        <select name="source" defaultValue={filters.source ?? ""} className={`${input} max-w-44`}>
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
      <button type="submit" className="inline-flex h-9 items-center gap-1.5 rounded-md bg-accent px-3 text-sm font-semibold text-white hover:bg-accent-strong">
        <Search aria-hidden="true" className="size-4" />
        Filter
      </button>
      {(filters.q || filters.source || filters.from || filters.to) && (
        <Link href="?" className="inline-flex h-9 items-center px-2 text-sm font-medium text-accent hover:underline">
          Clear filters
        </Link>
      )}
    </form>
  );
}
