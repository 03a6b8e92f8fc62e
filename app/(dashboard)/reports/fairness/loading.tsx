import { CardSkeleton, PageSkeleton, TableSkeleton } from "@/components/ui/skeleton";

/** The fairness report loading: the filters, then a table per question. */
export default function FairnessLoading() {
  return (
    <PageSkeleton label="Loading the fairness report…">
      <CardSkeleton lines={2} />
      <TableSkeleton rows={4} columns={5} />
    </PageSkeleton>
  );
}
