import { PageSkeleton, Skeleton } from "@/components/ui/skeleton";

/** The board's shape while it loads: a status for screen readers, grey columns and cards for the eye. */
export default function PipelineLoading() {
  return (
    <PageSkeleton label="Loading the pipeline…" heading={false}>
      <Skeleton className="h-8 w-40" />
      <Skeleton className="h-14 w-full max-w-3xl" />
      <div className="flex gap-3 overflow-hidden">
        {[3, 2, 1, 1].map((cards, column) => (
          <div key={column} className="flex w-72 shrink-0 flex-col gap-2 rounded-xl border border-line bg-surface-muted p-2 max-md:w-full max-md:[&:not(:first-child)]:hidden">
            <Skeleton className="h-5 w-24" />
            {Array.from({ length: cards }, (_, card) => (
              <Skeleton key={card} className="h-16 w-full" />
            ))}
          </div>
        ))}
      </div>
    </PageSkeleton>
  );
}
