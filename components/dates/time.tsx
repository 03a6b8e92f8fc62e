import { getViewerTimeZone } from "@/server/auth/session";
import { formatDate, formatDateTime } from "@/lib/format";
import { formatSlotFor } from "@/lib/interviews/time";

/**
 * An instant as the signed-in viewer reads it: in their time zone (their account setting, else their
 * organisation's, else UTC), "5 Dec 2026, 14:30 CET", or the day alone with `date`. Rendered on the
 * server inside <time datetime="ISO">; every dashboard date and time goes through it. A calendar day
 * that is no instant (a job's closing day, stored at UTC midnight) stays formatDate(day), in UTC.
 */
export async function Time({ value, date = false, className }: { value: Date | null | undefined; date?: boolean; className?: string }) {
  if (!value) return <>—</>;
  const zone = await getViewerTimeZone();
  return (
    <time dateTime={value.toISOString()} className={className}>
      {date ? formatDate(value, zone) : formatDateTime(value, zone)}
    </time>
  );
}

/** An interview's slot in the viewer's zone, followed by the interview's own zone when that differs. */
export async function Slot({ startsAt, endsAt, timeZone }: { startsAt: Date; endsAt: Date; timeZone: string }) {
  return <time dateTime={startsAt.toISOString()}>{formatSlotFor(startsAt, endsAt, timeZone, await getViewerTimeZone())}</time>;
}
