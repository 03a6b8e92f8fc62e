import { FormSkeleton, PageSkeleton, Skeleton, TableSkeleton } from "@/components/ui/skeleton";

/** A settings page loading: its breadcrumb, heading and introduction, then a form or a table. */
export function SettingsSkeleton({ label, shape }: { label: string; shape: "form" | "table" | "form and list" }) {
  return (
    <PageSkeleton label={label} heading={false}>
      <Skeleton className="h-4 w-20" />
      <Skeleton className="h-8 w-56 max-w-full" />
      <Skeleton className="h-4 w-full max-w-2xl" />
      {shape === "table" ? <TableSkeleton rows={8} columns={5} /> : <FormSkeleton fields={shape === "form" ? 4 : 2} />}
      {shape === "form and list" && <TableSkeleton rows={4} columns={3} />}
    </PageSkeleton>
  );
}
