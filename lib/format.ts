import type { JobStatus, MemberRole } from "@/lib/enums";
import { isValidTimeZone } from "@/lib/time-zones";

export const roleLabels: Record<MemberRole, string> = {
  admin: "Admin",
  recruiter: "Recruiter",
  hiring_manager: "Hiring manager",
  interviewer: "Interviewer",
};

export const jobStatusLabels: Record<JobStatus, string> = { draft: "Draft", open: "Open", closed: "Closed" };

export { workplaceTypeLabels as workplaceLabels } from "./jobs/format";

/** The zone a person reads times in: their own choice, else their organisation's, else UTC (a zone Intl no longer knows counts as none). */
export function viewerTimeZone(own: string | null | undefined, organization: string | null | undefined): string {
  return [own, organization].find((zone): zone is string => !!zone && isValidTimeZone(zone)) ?? "UTC";
}

// Intl.DateTimeFormat is slow to build; one per zone and style is enough.
const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone} ${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) formats.set(key, (found = new Intl.DateTimeFormat(locale, { ...options, timeZone })));
  return found;
}

const dateOptions: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric" };
const clockOptions: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };

/**
 * "CET", "BST", "EST", else "GMT+9": British English names Europe's zones, American English the
 * Americas'; where neither has a name, the offset.
 */
export function timeZoneAbbreviation(date: Date, timeZone: string): string {
  const name = (locale: string) => format(locale, timeZone, { timeZoneName: "short" }).formatToParts(date).find((p) => p.type === "timeZoneName")?.value ?? timeZone;
  const british = name("en-GB");
  return /^GMT[+-]/.test(british) ? name("en-US") : british;
}

/** "5 Dec 2026": the calendar day in `timeZone` (UTC unless told: calendar dates such as a closing date are stored at UTC midnight). */
export function formatDate(date: Date | null | undefined, timeZone = "UTC"): string {
  return date ? format("en-GB", timeZone, dateOptions).format(date) : "—";
}

/** "14:30 CET": the wall clock in `timeZone`, with the zone's abbreviation. */
export function formatTime(date: Date, timeZone = "UTC"): string {
  return `${format("en-GB", timeZone, clockOptions).format(date)} ${timeZoneAbbreviation(date, timeZone)}`;
}

/** "5 Dec 2026, 14:30 CET": an instant as the wall clock in `timeZone` shows it. */
export function formatDateTime(date: Date | null | undefined, timeZone = "UTC"): string {
  return date ? `${formatDate(date, timeZone)}, ${formatTime(date, timeZone)}` : "—";
}
