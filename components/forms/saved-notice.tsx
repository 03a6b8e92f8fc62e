"use client";

import { useEffect, useRef } from "react";

const noticeClasses = "rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-900";

/**
 * A form's success sentence ("Saved.", "Interview scheduled."), said by its submit button: a live region
 * (role="status") that is always on the page, so screen readers announce the sentence when it appears, and
 * visible only while `shown`. A refusal is an `Alert` (role="alert") instead, which takes focus.
 */
export function SavedNotice({ shown, className = "", children }: { shown: boolean; className?: string; children: React.ReactNode }) {
  return (
    <div role="status" className={`${shown ? noticeClasses : "sr-only"} ${className}`.trim()}>
      {shown && children}
    </div>
  );
}

/**
 * The outcome of a form that replaces the form once it is done ("Two-factor authentication is on.", an import's
 * counts): polite (role="status"), since it is no error, and focused when it appears: the form and its button are
 * gone, so focus would fall to the page's body, and a live region that arrives with its text already in it is
 * not reliably announced, while the focused element is read out.
 */
export function ResultNotice({ className = "", children }: { className?: string; children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} role="status" tabIndex={-1} className={`${noticeClasses} ${className}`.trim()}>
      {children}
    </div>
  );
}
