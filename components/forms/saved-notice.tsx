/**
 * A form's success sentence ("Saved.", "Interview scheduled."), said by its submit button: a live region
 * (role="status") that is always on the page, so screen readers announce the sentence when it appears, and
 * visible only while `shown`. A refusal is an `Alert` (role="alert") instead, which takes focus.
 */
export function SavedNotice({ shown, className = "", children }: { shown: boolean; className?: string; children: React.ReactNode }) {
  return (
    <div role="status" className={`${shown ? "rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-900" : "sr-only"} ${className}`.trim()}>
      {shown && children}
    </div>
  );
}
