import { CardSkeleton, PageSkeleton, Skeleton } from "@/components/ui/skeleton";

/**
 * A job's tab loading, under the job's title and tabs (its layout): the overview's facts and stages.
 * Access is checked above this boundary (the job's layout, and each tab's generateMetadata).
 */
export default function JobLoading() {
  return (
    <PageSkeleton label="Loading the job…" heading={false}>
      <div aria-hidden="true" className="grid grid-cols-1 gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        {Array.from({ length: 6 }, (_, fact) => (
          <div key={fact} className="flex flex-col gap-2">
            <Skeleton className="h-4 w-24" />
            <Skeleton className="h-5 w-40 max-w-full" />
          </div>
        ))}
      </div>
      <CardSkeleton lines={5} />
    </PageSkeleton>
  );
}
