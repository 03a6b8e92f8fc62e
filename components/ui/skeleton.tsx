/** A grey placeholder the shape of content still loading; the page's loading status says what is loading. */
export function Skeleton({ className = "" }: { className?: string }) {
  return <div aria-hidden="true" className={`rounded-md bg-slate-200 motion-safe:animate-pulse ${className}`} />;
}

/**
 * A page's loading.tsx: a polite status that says what is loading (read once by screen readers), and
 * grey shapes laid out like the page (aria-busy), so nothing jumps when it arrives. Not a spinner.
 */
export function PageSkeleton({ label, heading = true, children }: { label: string; heading?: boolean; children: React.ReactNode }) {
  return (
    <div>
      <p role="status" aria-live="polite" className="sr-only">
        {label}
      </p>
      <div aria-busy="true" className="flex flex-col gap-4">
        {heading && <Skeleton className="h-8 w-56 max-w-full" />}
        {children}
      </div>
    </div>
  );
}

/** A table's shape: a header row and `rows` rows of `columns` cells (the later columns hidden on a phone). */
export function TableSkeleton({ rows = 6, columns = 4 }: { rows?: number; columns?: number }) {
  return (
    <div aria-hidden="true" className="overflow-hidden rounded-lg border border-slate-200 bg-white">
      {Array.from({ length: rows + 1 }, (_, row) => (
        <div key={row} className={`flex gap-4 px-4 py-3 ${row === 0 ? "bg-slate-50" : "border-t border-slate-200"}`}>
          {Array.from({ length: columns }, (_, column) => (
            <Skeleton key={column} className={`h-4 flex-1 ${column === 0 ? "" : "max-sm:hidden"} ${row === 0 ? "max-w-24" : ""}`} />
          ))}
        </div>
      ))}
    </div>
  );
}

/** A form's shape in a white card: `fields` labelled inputs and a button. */
export function FormSkeleton({ fields = 4 }: { fields?: number }) {
  return (
    <div aria-hidden="true" className="flex max-w-2xl flex-col gap-5 rounded-lg border border-slate-200 bg-white p-6">
      {Array.from({ length: fields }, (_, field) => (
        <div key={field} className="flex flex-col gap-2">
          <Skeleton className="h-4 w-32" />
          <Skeleton className="h-10 w-full" />
        </div>
      ))}
      <Skeleton className="h-10 w-36" />
    </div>
  );
}

/** A white card with a heading and `lines` lines of text, the last one shorter. */
export function CardSkeleton({ lines = 3 }: { lines?: number }) {
  return (
    <div aria-hidden="true" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-6">
      <Skeleton className="h-6 w-40" />
      {Array.from({ length: lines }, (_, line) => (
        <Skeleton key={line} className={`h-4 ${line === lines - 1 ? "w-2/3" : "w-full"}`} />
      ))}
    </div>
  );
}
