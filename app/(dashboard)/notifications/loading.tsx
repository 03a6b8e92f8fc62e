import { CardSkeleton, PageSkeleton } from "@/components/ui/skeleton";

export default function NotificationsLoading() {
  return (
    <PageSkeleton label="Loading notifications…">
      <CardSkeleton lines={8} />
    </PageSkeleton>
  );
}
