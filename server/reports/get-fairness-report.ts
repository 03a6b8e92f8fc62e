import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/db/client";
import { countReachBySelfIdentification, type JobReachedRow, type SelfIdColumn } from "@/db/queries/fairness";
import { firstApplicationYear, listReportChoices } from "@/db/queries/reports";
import type { Viewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { assertCan, jobScope } from "@/lib/permissions";
import { fairnessDimensions, suppressionThreshold, type FairnessDimension } from "@/lib/reports/fairness";
import { protectFairness, type FairnessScope, type JobGroupReach } from "@/lib/reports/fairness-suppression";
import { fairnessTable, ll144Rows } from "@/lib/reports/fairness-tables";
import { funnelStages } from "@/lib/reports/funnel";
import type { FairnessView } from "@/lib/validation/reports";
import { memberActor } from "@/server/audit/actor";
import { recordAudit } from "@/server/audit/record-audit";
import { readReports } from "./report-scope";

/** Read per job: the intersectional pairs (which give gender and ethnicity as sums), veteran status, disability. */
const reads: Partial<Record<SelfIdColumn, FairnessDimension>> = { intersection: "sex_ethnicity", veteran_status: "veteranStatus", disability: "disability" };

const asJobGroupReach = (rows: JobReachedRow[]): JobGroupReach[] =>
  rows.map((row) => ({ jobId: row.jobId, department: row.department, dimension: reads[row.column]!, group: row.key, reach: funnelStages.map((kind) => row[kind]) }));

/**
 * The plan is a pure function of the counts, and the costly part of the page (lib/reports/fairness-suppression.ts):
 * the same counts (another job, department or step of the same year, before anything changed) reuse it.
 */
const protectedPlans = {
  recent: new Map<string, ReturnType<typeof protectFairness>>(),
  get(rows: JobGroupReach[], threshold: number) {
    const key = createHash("sha256").update(JSON.stringify([threshold, rows])).digest("base64");
    const plan = this.recent.get(key) ?? protectFairness(rows, threshold);
    this.recent.delete(key);
    this.recent.set(key, plan);
    if (this.recent.size > 16) this.recent.delete(this.recent.keys().next().value!);
    return plan;
  },
};

const scopeOf = (view: FairnessView): FairnessScope => (view.job ? { job: view.job } : view.department ? { department: view.department } : "organization");

/**
 * Admins only. The answers are read as counts per job and group (db/queries/fairness.ts), never per
 * applicant, for the whole year and every job the viewer may see, so that the view asked for is
 * suppressed by the same plan as every other view (lib/reports/fairness-suppression.ts).
 */
async function readProtected(viewer: Viewer, view: FairnessView) {
  assertCan(viewer, "reports.fairness");
  const scope = jobScope(viewer, "reports.fairness");
  const threshold = suppressionThreshold(env().FAIRNESS_MIN_GROUP_SIZE);
  // The counts and the form's choices in two reads side by side (two connections): the page waits for the
  // longer, not for both (bench/reports.mjs: page p95 320 → 246 ms, a department 350 → 255 ms). The
  // choices only fill the filters, so their snapshot may be a moment apart.
  const [rows, { choices, firstYear }] = await Promise.all([
    readReports(async (executor) => asJobGroupReach(await countReachBySelfIdentification(executor, scope, view.year, Object.keys(reads) as SelfIdColumn[]))),
    readReports(async (executor) => ({ choices: await listReportChoices(executor, scope), firstYear: await firstApplicationYear(executor, scope) })),
  ]);
  const groups = protectedPlans.get(rows, threshold);
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
