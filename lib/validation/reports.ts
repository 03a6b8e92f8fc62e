import { z } from "zod";
import { first, isoDay, optional } from "./candidate-search";

/**
 * The reports' filters live in the URL (?job=&department=&source=&from=&to=&groupBy=&sourceBy=&staleDays=),
 * so a view can be shared, survives a reload, works as a plain GET form, and each CSV export takes the
 * same query. A bad or empty parameter is no filter (or the default), never an error.
 */
export const funnelGroupings = ["none", "job", "department", "source", "month"] as const;
export const sourceDimensions = ["source", "utm_source", "utm_medium", "utm_campaign", "referrer"] as const;
export type FunnelGrouping = (typeof funnelGroupings)[number];
export type SourceDimension = (typeof sourceDimensions)[number];

export type ReportFilters = {
  /** One job's id. */
  job?: string;
  department?: string;
  /** The application's `source` value as stored ("careers page", "linkedin", "referral", ...). */
  source?: string;
  /** Applications made on or after this day (YYYY-MM-DD, UTC). */
  from?: string;
  /** Applications made on or before this day (YYYY-MM-DD, UTC). */
  to?: string;
};

export type ReportView = ReportFilters & { groupBy: FunnelGrouping; sourceBy: SourceDimension; staleDays: number };

export const DEFAULT_STALE_DAYS = 14;

const viewSchema = z.object({
  job: optional(z.uuid()),
  department: optional(z.string().trim().max(200)),
  source: optional(z.string().trim().max(200)),
  from: optional(isoDay),
  to: optional(isoDay),
  groupBy: z.preprocess(first, z.enum(funnelGroupings)).catch("none"),
  sourceBy: z.preprocess(first, z.enum(sourceDimensions)).catch("source"),
  staleDays: z.preprocess(first, z.coerce.number().int().min(1).max(365)).catch(DEFAULT_STALE_DAYS),
});

export function parseReportView(searchParams: Record<string, string | string[] | undefined>): ReportView {
  const parsed = viewSchema.parse(searchParams);
  const view = Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined)) as ReportView;
  if (view.from && view.to && view.from > view.to) [view.from, view.to] = [view.to, view.from];
  return view;
}

export const reportFilterNames = ["job", "department", "source", "from", "to"] as const satisfies (keyof ReportFilters)[];

export function hasReportFilters(view: ReportFilters): boolean {
  return reportFilterNames.some((name) => view[name] !== undefined);
}

/** The view as a query string, defaults left out: "?job=…&groupBy=job" or "". */
export function reportQuery(view: Partial<ReportView>): string {
  const query = new URLSearchParams();
  for (const name of reportFilterNames) {
    const value = view[name];
    if (value !== undefined) query.set(name, value);
  }
  if (view.groupBy && view.groupBy !== "none") query.set("groupBy", view.groupBy);
  if (view.sourceBy && view.sourceBy !== "source") query.set("sourceBy", view.sourceBy);
  if (view.staleDays !== undefined && view.staleDays !== DEFAULT_STALE_DAYS) query.set("staleDays", String(view.staleDays));
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** The fairness report's step (?step=screen: Screen → Interview), the first by default. */
export const fairnessSteps = ["applied", "screen", "interview", "offer"] as const;
export type FairnessStep = (typeof fairnessSteps)[number];

/**
 * The fairness report's view: one calendar year (UTC; applications made in it) and the organisation, one
 * department or one job (a job wins over a department). Nothing finer and no overlapping periods: two views
 * whose applications nest (a department and its job, a year and a quarter of it) could be subtracted to
 * find a group that each hides. Within these, one suppression plan covers every view.
 */
export type FairnessView = { year: number; job?: string; department?: string; step: FairnessStep };

export const FIRST_FAIRNESS_YEAR = 2000;
const currentYear = () => new Date().getUTCFullYear();

const fairnessSchema = z.object({
  year: z.preprocess(first, z.coerce.number().int().min(FIRST_FAIRNESS_YEAR).max(9999)).catch(() => currentYear()),
  job: optional(z.uuid()),
  department: optional(z.string().trim().max(200)),
  step: z.preprocess(first, z.enum(fairnessSteps)).catch("applied"),
});

export function parseFairnessView(searchParams: Record<string, string | string[] | undefined>): FairnessView {
  const { year, job, department, step } = fairnessSchema.parse(searchParams);
  if (job) return { year, job, step };
  return department ? { year, department, step } : { year, step };
}

/** The view as a query string, for links and the export: "?year=2026&job=…". */
export function fairnessQuery(view: Omit<FairnessView, "step"> & { step?: FairnessStep }): string {
  const query = new URLSearchParams({ year: String(view.year) });
  if (view.job) query.set("job", view.job);
  if (view.department) query.set("department", view.department);
  if (view.step && view.step !== "applied") query.set("step", view.step);
  return `?${query}`;
}
