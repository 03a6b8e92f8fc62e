import { PageSkeleton, Skeleton, TableSkeleton } from "@/components/ui/skeleton";

/** The candidate search loading: heading, the search form, the results table. */
export default function CandidatesLoading() {
  return (
    <PageSkeleton label="Loading candidates…">
      <div className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <Skeleton className="h-10 w-full max-w-md" />
        <Skeleton className="h-10 w-40" />
        <Skeleton className="h-10 w-24" />
      </div>
      <Skeleton className="h-4 w-32" />
      <TableSkeleton rows={10} columns={4} />
    </PageSkeleton>
  );
}
