import { z } from "zod";
import { auditActions, type AuditAction } from "@/lib/enums";
import { zonedTimeToUtc } from "@/lib/interviews/time";
import { first, isoDay, optional } from "./candidate-search";

/**
 * The audit log's filters and page live in the URL (?action=&actor=&target=&from=&to=&before=|after=), so
 * a view can be shared, survives a reload, works as a plain GET form, and the CSV export takes the same
 * query. A bad or empty parameter is no filter, never an error.
 */
export type AuditFilters = {
  action?: AuditAction;
  /** Part of the actor's email or label ("candidate", "cli"), any case. */
  actor?: string;
  targetType?: string;
  /** On or after this day (YYYY-MM-DD, in the reader's time zone). */
  from?: string;
  /** On or before this day (YYYY-MM-DD, in the reader's time zone). */
  to?: string;
};

/**
 * A calendar day the log can hold: one that exists (no 31 February) in the years 1970–9998, so the day after
 * it is a day too. Anything else is no filter, as for every bad parameter.
 */
const auditDay = isoDay.refine((day) => {
  const year = Number(day.slice(0, 4));
  const time = Date.parse(`${day}T00:00:00Z`);
  return year >= 1970 && year <= 9998 && !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === day;
});

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The instants the filter's days span as the reader's wall clock in `timeZone` counts them: from midnight
 * starting `from` to midnight ending `to`. The table shows times in that zone; the days must agree.
 */
export function auditDayRange({ from, to }: Pick<AuditFilters, "from" | "to">, timeZone: string): { from?: Date; until?: Date } {
  return {
    ...(from && { from: zonedTimeToUtc(from, "00:00", timeZone) }),
    ...(to && { until: zonedTimeToUtc(nextDay(to), "00:00", timeZone) }),
  };
}

/** A position in the log, newest first: an entry's time (to the microsecond, as Postgres keeps it) and id. */
export type AuditCursor = { at: string; id: number };

export type AuditView = AuditFilters & { before?: AuditCursor; after?: AuditCursor };

const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?Z)_(\d{1,15})$/;

export function formatAuditCursor(cursor: AuditCursor): string {
  return `${cursor.at}_${cursor.id}`;
}

export function parseAuditCursor(value: unknown): AuditCursor | undefined {
  const match = typeof value === "string" ? CURSOR.exec(value) : null;
  if (!match || Number.isNaN(Date.parse(match[1]!))) return undefined;
  return { at: match[1]!, id: Number(match[2]) };
}

const cursor = z.preprocess((value) => parseAuditCursor(first(value)), z.custom<AuditCursor>().optional()).catch(undefined);

const viewSchema = z.object({
  action: optional(z.enum(auditActions)),
  actor: optional(z.string().trim().max(200)),
  target: optional(z.string().trim().regex(/^[a-z_]{1,40}$/)),
  from: optional(auditDay),
  to: optional(auditDay),
  before: cursor,
  after: cursor,
});

export function parseAuditView(searchParams: Record<string, string | string[] | undefined>): AuditView {
  const { target, ...parsed } = viewSchema.parse(searchParams);
  const view = Object.fromEntries(Object.entries({ ...parsed, targetType: target }).filter(([, value]) => value !== undefined)) as AuditView;
  // A reversed range is read the way it was meant; one page direction at a time.
  if (view.from && view.to && view.from > view.to) [view.from, view.to] = [view.to, view.from];
  if (view.before) delete view.after;
  return view;
}

export const auditFilterNames = ["action", "actor", "targetType", "from", "to"] as const satisfies (keyof AuditFilters)[];

/** The view's filters without its page. */
export function auditFiltersOf(view: AuditView): AuditFilters {
  return Object.fromEntries(auditFilterNames.filter((name) => view[name] !== undefined).map((name) => [name, view[name]])) as AuditFilters;
}

export function hasAuditFilters(filters: AuditFilters): boolean {
  return auditFilterNames.some((name) => filters[name] !== undefined);
}

/** The query string of these filters (and page), empty parameters left out: "?action=…&before=…" or "". */
export function auditQuery(view: AuditView): string {
  const query = new URLSearchParams();
  for (const name of auditFilterNames) {
    const value = view[name];
    if (value !== undefined) query.set(name === "targetType" ? "target" : name, value);
  }
  if (view.before) query.set("before", formatAuditCursor(view.before));
  else if (view.after) query.set("after", formatAuditCursor(view.after));
  const text = query.toString();
  return text ? `?${text}` : "";
}
