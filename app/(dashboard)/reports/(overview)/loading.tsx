import { CardSkeleton, PageSkeleton, TableSkeleton } from "@/components/ui/skeleton";

/** Reports loading: the filters, then a chart and its table per report. */
export default function ReportsLoading() {
  return (
    <PageSkeleton label="Loading the reports…">
      <CardSkeleton lines={2} />
      <TableSkeleton rows={5} columns={4} />
    </PageSkeleton>
  );
}
