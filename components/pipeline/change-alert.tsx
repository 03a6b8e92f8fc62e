import type { Ref } from "react";

/**
 * Why a move, rejection or Undo failed. Always in the page (a live region must exist before its text
 * arrives) and focusable, so the page can move focus to it: the control focus was on may be gone.
 */
export function ChangeAlert({ message, ref, className = "" }: { message: string | null; ref: Ref<HTMLDivElement>; className?: string }) {
  return (
    <div ref={ref} role="alert" tabIndex={-1} className={message ? `rounded-md border border-red-300 bg-danger-subtle px-4 py-3 text-sm text-danger ${className}` : "sr-only"}>
      {message}
    </div>
  );
}
