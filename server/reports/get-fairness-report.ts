import "server-only";
import { db } from "@/db/client";
import { countReachBySelfIdentification, firstApplicationYear, listReportChoices, type JobReachedRow, type SelfIdColumn } from "@/db/queries/reports";
import type { Viewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { assertCan, jobScope } from "@/lib/permissions";
import { fairnessDimensions, suppressionThreshold, type FairnessDimension } from "@/lib/reports/fairness";
import { protectFairness, type FairnessScope, type JobGroupReach } from "@/lib/reports/fairness-suppression";
import { fairnessTable, ll144Rows } from "@/lib/reports/fairness-tables";
import { funnelStages } from "@/lib/reports/funnel";
import { fairnessFilters, type FairnessView } from "@/lib/validation/reports";
import { memberActor } from "@/server/audit/actor";
import { recordAudit } from "@/server/audit/record-audit";
import { readReports } from "./report-scope";

/** Read per job: the intersectional pairs (which give gender and ethnicity as sums), veteran status, disability. */
const reads: [Extract<FairnessDimension, "sex_ethnicity" | "veteranStatus" | "disability">, SelfIdColumn][] = [
  ["sex_ethnicity", "intersection"],
  ["veteranStatus", "veteran_status"],
  ["disability", "disability"],
];

const asJobGroupReach = (dimension: FairnessDimension, rows: JobReachedRow[]): JobGroupReach[] =>
  rows.map((row) => ({ jobId: row.jobId, department: row.department, dimension, group: row.key, reach: funnelStages.map((kind) => row[kind]) }));

const scopeOf = (view: FairnessView): FairnessScope => (view.job ? { job: view.job } : view.department ? { department: view.department } : "organization");

/**
 * Admins only. The answers are read as counts per job and group (db/queries/reports.ts), never per
 * applicant, for the whole year and every job the viewer may see, so that the view asked for is
 * suppressed by the same plan as every other view (lib/reports/fairness-suppression.ts).
 */
async function readProtected(viewer: Viewer, view: FairnessView) {
  assertCan(viewer, "reports.fairness");
  const scope = jobScope(viewer, "reports.fairness");
  const threshold = suppressionThreshold(env().FAIRNESS_MIN_GROUP_SIZE);
  const { rows, choices, firstYear } = await readReports(async (executor) => {
    const rows: JobGroupReach[] = [];
    for (const [dimension, column] of reads) rows.push(...asJobGroupReach(dimension, await countReachBySelfIdentification(executor, scope, fairnessFilters(view), column)));
    return { rows, choices: await listReportChoices(executor, scope), firstYear: await firstApplicationYear(executor, scope) };
  });
  const groups = protectFairness(rows, threshold);
  return { groupsOf: (dimension: FairnessDimension) => groups.groupsIn(scopeOf(view), dimension), threshold, choices, firstYear };
}

/** What was looked at, never a result. */
const auditDetails = (view: FairnessView) => ({ year: view.year, ...(view.job ? { job: view.job } : {}), ...(view.department ? { department: view.department } : {}) });

/** The fairness page: adverse impact at one step, per self-identification question; viewing it is audited. */
export async function getFairnessReport(viewer: Viewer & { email?: string }, view: FairnessView) {
  const { groupsOf, threshold, choices, firstYear } = await readProtected(viewer, view);
  await recordAudit(db(), {
    organizationIds: [viewer.organizationId],
    actor: memberActor(viewer),
    action: "fairness_report.viewed",
    details: { ...auditDetails(view), step: view.step },
  });
  const thisYear = new Date().getUTCFullYear();
  const years = Array.from({ length: Math.max(0, thisYear - Math.min(firstYear ?? thisYear, view.year)) + 1 }, (_, i) => thisYear - i);
  return {
    threshold,
    tables: fairnessDimensions.map((dimension) => fairnessTable(dimension, groupsOf(dimension), view.step, threshold)),
    choices: { ...choices, years: years.includes(view.year) ? years : [view.year, ...years] },
  };
}

/** The NYC Local Law 144-shaped export (by sex, race/ethnicity and both), every step; exporting is audited. */
export async function exportFairnessReport(viewer: Viewer & { email?: string }, view: FairnessView) {
  const { groupsOf, threshold } = await readProtected(viewer, view);
  await recordAudit(db(), {
    organizationIds: [viewer.organizationId],
    actor: memberActor(viewer),
    action: "fairness_report.exported",
    details: auditDetails(view),
  });
  return ll144Rows(groupsOf, threshold);
}
