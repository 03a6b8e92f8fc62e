import { formatDate, formatDateTime } from "@/lib/format";

/**
 * A date or time on a public page, where no one is signed in: written in UTC by the server (the page may
 * be stored and served to everyone), then rewritten to the visitor's own zone by /js/local-time.js, which
 * the page loads with <LocalTimeScript>. suppressHydrationWarning: the rewritten text is meant to differ.
 */
export function LocalTime({ value, date = false }: { value: Date; date?: boolean }) {
  return (
    <time dateTime={value.toISOString()} data-local={date ? "date" : "datetime"} suppressHydrationWarning>
      {date ? formatDate(value) : formatDateTime(value)}
    </time>
  );
}

/**
 * The script that rewrites a page's <LocalTime>s; a file, not inline, for the Content-Security-Policy.
 * A page rendered per request passes its request's nonce (its policy trusts only nonced scripts); a
 * stored page passes none, its policy allows this origin's scripts.
 */
export function LocalTimeScript({ nonce }: { nonce?: string }) {
  return <script src="/js/local-time.js" defer nonce={nonce} suppressHydrationWarning />;
}
