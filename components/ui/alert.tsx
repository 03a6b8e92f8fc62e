/**
 * A form-level message. role="alert" makes screen readers announce it when it appears; with an id it can
 * also take focus (tabIndex -1), for a refusal that no single field holds.
 */
export function Alert({ children, tone = "error", id }: { children: React.ReactNode; tone?: "error" | "info"; id?: string }) {
  const styles = tone === "error" ? "border-red-300 bg-red-50 text-red-800" : "border-sky-300 bg-sky-50 text-sky-900";
  return (
    <div id={id} tabIndex={id ? -1 : undefined} role="alert" className={`rounded-md border px-4 py-3 text-sm ${styles}`}>
      {children}
    </div>
  );
}
