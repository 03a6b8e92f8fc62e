import { ColumnsSkeleton, PageSkeleton } from "@/components/ui/skeleton";

/**
 * A candidate's profile loading: contact details and applications beside notes and activity. Access is
 * checked above this boundary (the page's generateMetadata, merge/layout.tsx), so a 404 stays a 404.
 */
export default function CandidateLoading() {
  return (
    <PageSkeleton label="Loading the candidate…">
      <ColumnsSkeleton className="lg:grid-cols-[2fr_3fr]" columns={[[4, 3], [5, 6]]} />
    </PageSkeleton>
  );
}
