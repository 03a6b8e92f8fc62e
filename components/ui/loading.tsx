export function Loading({ label = "Loading…" }: { label?: string }) {
  return (
    <div role="status" aria-live="polite" className="flex items-center gap-3 py-12 text-slate-700">
      <span className="size-4 animate-spin rounded-full border-2 border-slate-300 border-t-indigo-700" aria-hidden="true" />
      {label}
    </div>
  );
}
