/**
 * The box a wide table scrolls sideways in, so the page never does (a phone, a long row). It is a named
 * region that takes focus, so keyboard users can scroll it with the arrow keys too. Name it with `label`,
 * or with `labelledBy` (the table's caption id) when the caption says more.
 */
export function TableScroll({ label, labelledBy, className = "", children }: { label?: string; labelledBy?: string; className?: string; children: React.ReactNode }) {
  return (
    // relative: the table's hidden (sr-only) text is positioned in here, not against the page.
    <div role="region" aria-label={labelledBy ? undefined : label} aria-labelledby={labelledBy} tabIndex={0} className={`relative overflow-x-auto rounded-lg border border-line bg-surface ${className}`}>
      {children}
    </div>
  );
}
