import { PageSkeleton, Skeleton } from "@/components/ui/skeleton";

// In a route group so it covers the Settings page only: a loading boundary above /settings/mail would
// stream its shell before the page can call notFound(), and a forbidden or missing page would answer 200.
// (Each settings page has its own loading.tsx, below a layout that checks the role.)
export default function SettingsLoading() {
  return (
    <PageSkeleton label="Loading settings…">
      <div className="grid gap-4 sm:grid-cols-2">
        {Array.from({ length: 6 }, (_, card) => (
          <Skeleton key={card} className="h-24 w-full" />
        ))}
      </div>
    </PageSkeleton>
  );
}
