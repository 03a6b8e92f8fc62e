import { PageSkeleton, Skeleton, TableSkeleton } from "@/components/ui/skeleton";

/** The jobs list loading: heading and its button, the filters, the table. */
export default function JobsLoading() {
  return (
    <PageSkeleton label="Loading jobs…">
      <div className="flex flex-wrap gap-3">
        <Skeleton className="h-10 w-28" />
        <Skeleton className="h-10 w-28" />
      </div>
      <TableSkeleton rows={8} columns={5} />
    </PageSkeleton>
  );
}
