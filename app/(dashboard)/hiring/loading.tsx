import { PageSkeleton, TableSkeleton } from "@/components/ui/skeleton";

/** The hiring dashboard loading: offers waiting, then the scorecards outstanding. */
export default function HiringLoading() {
  return (
    <PageSkeleton label="Loading the hiring dashboard…">
      <TableSkeleton rows={3} columns={3} />
      <TableSkeleton rows={5} columns={4} />
    </PageSkeleton>
  );
}
