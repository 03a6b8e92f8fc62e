import type { HTMLAttributes } from "react";

/** A key the user presses, as in "press <Kbd>?</Kbd> for shortcuts". */
export function Kbd({ className = "", ...props }: HTMLAttributes<HTMLElement>) {
  return (
    <kbd
      className={`inline-flex min-w-5 items-center justify-center rounded border border-line-strong bg-surface px-1 font-sans text-xs font-medium text-fg-muted shadow-[0_1px_0] shadow-line-strong ${className}`}
      {...props}
    />
  );
}
