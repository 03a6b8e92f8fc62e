import { CardSkeleton, PageSkeleton, Skeleton } from "@/components/ui/skeleton";

/** The account page loading: the person's name, then its sections. */
export default function AccountLoading() {
  return (
    <PageSkeleton label="Loading your account…">
      <Skeleton className="h-4 w-64 max-w-full" />
      <CardSkeleton lines={2} />
      <CardSkeleton lines={3} />
      <CardSkeleton lines={2} />
      <CardSkeleton lines={4} />
    </PageSkeleton>
  );
}
