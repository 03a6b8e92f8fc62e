import { ColumnsSkeleton, PageSkeleton } from "@/components/ui/skeleton";

/** An application loading: its summary, answers and documents beside interviews, notes and history. Its generateMetadata answers 404 before this streams. */
export default function ApplicationLoading() {
  return (
    <PageSkeleton label="Loading the application…">
      <ColumnsSkeleton className="lg:grid-cols-[3fr_2fr]" columns={[[4, 6], [3, 5]]} />
    </PageSkeleton>
  );
}
