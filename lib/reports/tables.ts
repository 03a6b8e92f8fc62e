import { stageKinds, type StageKind } from "@/lib/enums";
import type { FunnelGrouping, SourceDimension } from "@/lib/validation/reports";
import { stageKindLabels } from "@/lib/jobs/labels";
import { formatDays, formatShare, funnelSteps, ratio, type Reached } from "./funnel";

// Every report is a table: the page shows it (with a chart of two of its columns) and its CSV export
// writes the same header and rows, so the numbers on the page and in the spreadsheet cannot differ.

export type Cell = string | number;

export type ReportTable = {
  id: string;
  title: string;
  /** What the table holds, for screen readers (its caption) and the chart's label. */
  caption: string;
  header: string[];
  rows: Cell[][];
  /** The chart drawn beside the table: which column names the bars and which column (a number) sizes them. */
  chart?: { label: number; value: number; unit?: string };
};

export const reportTableIds = ["funnel", "funnel-groups", "time-to-hire", "time-in-stage", "stale", "sources", "interviewers", "offers"] as const;
export type ReportTableId = (typeof reportTableIds)[number];

type ReachedRow = { key: string; label: string } & Reached;

/** Rounded to one decimal for a table cell, or "–". */
const days = (value: number | null) => (value === null ? "–" : Number(formatDays(Number(value))));

export function funnelTable(total: Reached): ReportTable {
  return {
    id: "funnel",
    title: "Funnel",
    caption: "Applications that reached each stage, conversion from the stage before, and drop-off",
    header: ["Stage", "Reached", "Conversion from previous stage", "Drop-off", "Share of applications"],
    rows: funnelSteps(total).map((step) => [step.label, step.reached, formatShare(step.conversion), step.dropOff ?? "–", formatShare(step.ofApplied)]),
    chart: { label: 0, value: 1 },
  };
}

const groupingLabels: Record<Exclude<FunnelGrouping, "none">, string> = { job: "Job", department: "Department", source: "Source", month: "Month" };

export function funnelGroupsTable(groupBy: Exclude<FunnelGrouping, "none">, rows: ReachedRow[]): ReportTable {
  return {
    id: "funnel-groups",
    title: `Funnel by ${groupingLabels[groupBy].toLowerCase()}`,
    caption: `Applications that reached each stage, per ${groupingLabels[groupBy].toLowerCase()}`,
    header: [groupingLabels[groupBy], ...stageKinds.map((kind) => stageKindLabels[kind]), "Applied to hired"],
    rows: rows.map((row) => [row.label, ...stageKinds.map((kind) => row[kind]), formatShare(ratio(row.hired, row.applied))]),
  };
}

export function timeToHireTable(rows: { label: string; hires: number; hireMedian: number | null; hireP75: number | null; fillMedian: number | null; fillP75: number | null }[]): ReportTable {
  return {
    id: "time-to-hire",
    title: "Time to hire and time to fill",
    caption: "Days from application to hire and from the job's publication to a hire, per job",
    header: ["Job", "Hires", "Time to hire, median (days)", "Time to hire, 75th percentile (days)", "Time to fill, median (days)", "Time to fill, 75th percentile (days)"],
    rows: rows.map((row) => [row.label, row.hires, days(row.hireMedian), days(row.hireP75), days(row.fillMedian), days(row.fillP75)]),
  };
}

export function timeInStageTable(rows: { key: string; count: number; median: number | null; p75: number | null }[]): ReportTable {
  return {
    id: "time-in-stage",
    title: "Time in stage",
    caption: "Days applicants spent in each kind of stage before moving on (median and 75th percentile)",
    header: ["Stage", "Stays ended", "Median (days)", "75th percentile (days)"],
    rows: rows.map((row) => [stageKindLabels[row.key as StageKind] ?? row.key, row.count, days(row.median), days(row.p75)]),
    chart: { label: 0, value: 2, unit: "days" },
  };
}

export function staleTable(staleDays: number, rows: { jobTitle: string; recruiters: string | null; stale: number; oldestDays: number }[]): ReportTable {
  return {
    id: "stale",
    title: "Stale applicants",
    caption: `Active applicants not moved for ${staleDays} days or more, per job and recruiter`,
    header: ["Job", "Recruiters", "Stale applicants", "Longest wait (days)"],
    rows: rows.map((row) => [row.jobTitle, row.recruiters ?? "–", row.stale, row.oldestDays]),
  };
}

export const sourceDimensionLabels: Record<SourceDimension, string> = {
  source: "Source",
  utm_source: "UTM source",
  utm_medium: "UTM medium",
  utm_campaign: "UTM campaign",
  referrer: "Referring site",
};

export function sourcesTable(dimension: SourceDimension, rows: ReachedRow[]): ReportTable {
  return {
    id: "sources",
    title: "Sources",
    caption: `Applications, interviews, offers and hires per ${sourceDimensionLabels[dimension].toLowerCase()}, with conversion to hire`,
    header: [sourceDimensionLabels[dimension], "Applications", "Interviews", "Offers", "Hires", "Applied to hired"],
    rows: rows.map((row) => [row.label || "(none)", row.applied, row.interview, row.offer, row.hired, formatShare(ratio(row.hired, row.applied))]),
    chart: { label: 0, value: 1 },
  };
}

export function interviewersTable(
  rows: { name: string; submitted: number; late: number; medianHoursAfter: number | null; strongNo: number; no: number; yes: number; strongYes: number; decided: number; matched: number }[],
): ReportTable {
  return {
    id: "interviewers",
    title: "Interviewers",
    caption: "Scorecards submitted per interviewer, how late, their recommendations and how often they matched the outcome",
    header: ["Interviewer", "Scorecards submitted", "Submitted late", "Median hours after the interview", "Strong no", "No", "Yes", "Strong yes", "Matched the outcome"],
    rows: rows.map((row) => [
      row.name,
      row.submitted,
      row.late,
      row.medianHoursAfter === null ? "–" : Number(Number(row.medianHoursAfter).toFixed(1)),
      row.strongNo,
      row.no,
      row.yes,
      row.strongYes,
      row.decided === 0 ? "–" : `${row.matched} of ${row.decided} (${formatShare(row.matched / row.decided)})`,
    ]),
    chart: { label: 0, value: 1 },
  };
}

export function offersTable(rows: { label: string; drafted: number; submitted: number; rejectedByApprover: number; sent: number; accepted: number; declined: number }[]): ReportTable {
  return {
    id: "offers",
    title: "Offers",
    caption: "Offers drafted, sent for approval, declined by an approver, approved and sent to the candidate, and the candidates' answers, with the acceptance rate (accepted per offer sent)",
    header: ["Job", "Drafted", "Sent for approval", "Declined by an approver", "Approved and sent", "Accepted", "Declined by the candidate", "Acceptance rate"],
    rows: rows.map((row) => [row.label, row.drafted, row.submitted, row.rejectedByApprover, row.sent, row.accepted, row.declined, formatShare(ratio(row.accepted, row.sent))]),
  };
}
