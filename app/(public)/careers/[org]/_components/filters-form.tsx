/**
 * A plain GET form: it works without JavaScript, and the careers page's script (lib/careers/careers-script.ts,
 * `data-drop-empty`) drops empty fields from the URL when it runs.
 */
export function FiltersForm({ action, children }: { action: string; children: React.ReactNode }) {
  return (
    <form action={action} method="get" role="search" aria-label="Filter jobs" data-drop-empty="" className="grid grid-cols-2 gap-4 rounded-lg border border-slate-200 bg-white p-4 lg:grid-cols-3">
      {children}
    </form>
  );
}
