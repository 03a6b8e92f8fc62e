import "server-only";
import { db } from "@/db/client";
import { countReachBySelfIdentification, listReportChoices, type ReachedRow, type SelfIdColumn } from "@/db/queries/reports";
import type { Viewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { assertCan, jobScope } from "@/lib/permissions";
import { fairnessDimensions, suppressionThreshold, type FairnessDimension, type GroupReach } from "@/lib/reports/fairness";
import { fairnessTable, ll144Rows } from "@/lib/reports/fairness-tables";
import type { StageKind } from "@/lib/enums";
import { reportFilterNames, type ReportFilters } from "@/lib/validation/reports";
import { memberActor } from "@/server/audit/actor";
import { recordAudit } from "@/server/audit/record-audit";
import { readReports } from "./report-scope";

const columns: Record<FairnessDimension, SelfIdColumn> = {
  gender: "gender",
  ethnicity: "ethnicity",
  veteranStatus: "veteran_status",
  disability: "disability",
  sex_ethnicity: "intersection",
};

const asReach = (rows: ReachedRow[]): GroupReach[] =>
  rows.map(({ key, applied, screen, interview, offer, hired }) => ({ group: key, reached: { applied, screen, interview, offer, hired } }));

/** Admins only; the answers are read as counts per group (db/queries/reports.ts), never per applicant. */
async function readReach(viewer: Viewer, filters: ReportFilters, dimensions: readonly FairnessDimension[]) {
  assertCan(viewer, "reports.fairness");
  const scope = jobScope(viewer, "reports.fairness");
  const reach: Partial<Record<FairnessDimension, GroupReach[]>> = {};
  const choices = await readReports(async (executor) => {
    for (const dimension of dimensions) reach[dimension] = asReach(await countReachBySelfIdentification(executor, scope, filters, columns[dimension]));
    return listReportChoices(executor, scope);
  });
  return { reach, choices, threshold: suppressionThreshold(env().FAIRNESS_MIN_GROUP_SIZE) };
}

/** The filters as audit details: what was looked at, never a result. */
const auditDetails = (filters: ReportFilters) =>
  Object.fromEntries(reportFilterNames.filter((name) => filters[name] !== undefined).map((name) => [name, filters[name]!]));

/** The fairness page: adverse impact at one step, per self-identification question; viewing it is audited. */
export async function getFairnessReport(viewer: Viewer & { email?: string }, filters: ReportFilters, step: StageKind) {
  const { reach, choices, threshold } = await readReach(viewer, filters, fairnessDimensions);
  await recordAudit(db(), {
    organizationIds: [viewer.organizationId],
    actor: memberActor(viewer),
    action: "fairness_report.viewed",
    details: { ...auditDetails(filters), step },
  });
  return {
    threshold,
    tables: fairnessDimensions.map((dimension) => fairnessTable(dimension, reach[dimension]!, step, threshold)),
    choices,
  };
}

/** The NYC Local Law 144-shaped export (by sex, race/ethnicity and both), every step; exporting is audited. */
export async function exportFairnessReport(viewer: Viewer & { email?: string }, filters: ReportFilters) {
  const { reach, threshold } = await readReach(viewer, filters, ["gender", "ethnicity", "sex_ethnicity"]);
  await recordAudit(db(), {
    organizationIds: [viewer.organizationId],
    actor: memberActor(viewer),
    action: "fairness_report.exported",
    details: auditDetails(filters),
  });
  return ll144Rows(reach, threshold);
}
