export function EndpointStatus({ enabled }: { enabled: boolean }) {
  return (
    <span
      className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${enabled ? "bg-emerald-50 text-emerald-900 ring-emerald-600/30" : "bg-slate-100 text-slate-800 ring-slate-500/30"}`}
    >
      {enabled ? "Enabled" : "Disabled"}
    </span>
  );
}
