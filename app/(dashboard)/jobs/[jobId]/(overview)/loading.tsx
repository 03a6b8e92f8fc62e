import { CardSkeleton, PageSkeleton, Skeleton } from "@/components/ui/skeleton";

/**
 * The job's overview loading, under its title and tabs (the job's layout, which checks access above
 * this boundary). In a route group so it covers the overview only: above the editor tabs it would start
 * the response before they refuse a hiring manager, who would get a 200 instead of a 404.
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
