import { CardSkeleton, PageSkeleton } from "@/components/ui/skeleton";

/** My feedback loading: the interviews awaiting a scorecard, then those submitted. */
export default function FeedbackLoading() {
  return (
    <PageSkeleton label="Loading your feedback…">
      <CardSkeleton lines={4} />
      <CardSkeleton lines={3} />
    </PageSkeleton>
  );
}
