/**
 * "Saved." after a settings form's submission: a live region that is always on the page (so screen readers
 * announce the sentence when it appears) and visible only while `shown`.
 */
export function SavedNotice({ shown, children }: { shown: boolean; children: React.ReactNode }) {
  return (
    <div role="status" className={shown ? "rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-900" : "sr-only"}>
      {shown && children}
    </div>
  );
}
