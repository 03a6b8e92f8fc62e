import { PageSkeleton, Skeleton } from "@/components/ui/skeleton";

export default function ComposeLoading() {
  return (
    <PageSkeleton label="Loading the email form…">
      <Skeleton className="h-6 w-64" />
      <Skeleton className="h-10 w-full max-w-2xl" />
      <Skeleton className="h-64 w-full max-w-2xl" />
    </PageSkeleton>
  );
}
