import { EmptyState } from "@/components/ui/empty-state";

/** One part of a dashboard page (Hiring, Jobs): a heading, then its content or an empty state saying what will appear. */
export function DashboardSection({
  id,
  title,
  empty,
  children,
}: {
  id: string;
  title: string;
  /** Shown instead of the content when there is nothing to show. */
  empty: { title: string; text: string } | null;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <div className="mt-3">{empty ? <EmptyState title={empty.title}>{empty.text}</EmptyState> : children}</div>
    </section>
  );
}
