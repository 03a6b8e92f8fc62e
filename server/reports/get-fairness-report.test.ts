import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import { seedReportFixture } from "@/db/fixtures-reports";
import * as s from "@/db/schema";
import type { MemberRole } from "@/lib/enums";
import type { ReportTable } from "@/lib/reports/tables";
import { setupTestDatabase } from "@/test/database";
import { exportFairnessReport, getFairnessReport } from "./get-fairness-report";
import { getReportTable } from "./get-reports";
import { parseReportView } from "@/lib/validation/reports";

const db = setupTestDatabase();

const viewer = (org: IsolatedOrganization, role: MemberRole) => ({ organizationId: org.organization.id, userId: org.users[role].id, role, email: org.users[role].email });
const rowOf = (table: ReportTable, label: string) => Object.fromEntries(table.header.map((name, i) => [name, table.rows.find((row) => row[0] === label)![i]]));
const auditActions = async (org: IsolatedOrganization) =>
  (await db().select({ action: s.auditEvents.action, details: s.auditEvents.details }).from(s.auditEvents).where(eq(s.auditEvents.organizationId, org.organization.id)));

async function fixture() {
  const org = await createIsolatedOrganization(db(), undefined, { team: ["hiring_manager"] });
  await seedReportFixture(db(), org);
  return org;
}

describe("the fairness report", () => {
  it("gives selection rates and impact ratios per gender, suppresses small groups and the group that would give them away", async () => {
    const org = await fixture();
    const admin = viewer(org, "admin");
    const { tables } = await getFairnessReport(admin, { job: org.job.id }, "applied");
    const gender = tables.find((table) => table.id === "fairness-gender")!;
    expect(rowOf(gender, "Man")).toMatchObject({ "Applicants at this step": 20, "Selected for the next": 12, "Selection rate": "60.0 %", "Impact ratio": "1.000", "Below four fifths": "No" });
    expect(rowOf(gender, "Woman")).toMatchObject({ "Applicants at this step": 20, "Selected for the next": 8, "Impact ratio": "0.667", "Below four fifths": "Yes", "Significance test": "Fisher's exact" });
    // Non-binary (3) is under five; "Decline to answer" (7) would be 50 − 20 − 20 − 3 from the funnel's total, so it is hidden too.
    expect(rowOf(gender, "Non-binary")).toMatchObject({ "Applicants at this step": "<5", "Selection rate": "–" });
    expect(rowOf(gender, "Decline to answer")).toMatchObject({ "Applicants at this step": "<5", "Selection rate": "–" });
    const funnel = await getReportTable(admin, parseReportView({ job: org.job.id }), "funnel");
    const total = funnel!.rows[0]![1] as number;
    const shown = gender.rows.filter((row) => typeof row[1] === "number").reduce((sum, row) => sum + (row[1] as number), 0);
    expect(total - shown).toBeGreaterThanOrEqual(5);
    expect(gender.rows.filter((row) => row[1] === "<5")).toHaveLength(2);
  });

  it("records each view and export in the audit log, with the filters and no result", async () => {
    const org = await fixture();
    const admin = viewer(org, "admin");
    await getFairnessReport(admin, { department: "Engineering" }, "screen");
    const rows = await exportFairnessReport(admin, {});
    expect(rows[0]).toEqual(["Category type", "Step", "Group", "Applicants at this step", "Selected for the next", "Selection rate", "Impact ratio", "Below four fifths", "Significance test", "p-value"]);
    expect(new Set(rows.slice(1).map((row) => row[0]))).toEqual(new Set(["Sex", "Race/Ethnicity", "Intersectional"]));
    expect(await auditActions(org)).toEqual(
      expect.arrayContaining([
        { action: "fairness_report.viewed", details: { department: "Engineering", step: "screen" } },
        { action: "fairness_report.exported", details: {} },
      ]),
    );
  });

  it("is for admins only", async () => {
    const org = await fixture();
    for (const role of ["recruiter", "hiring_manager", "interviewer"] as const) {
      await expect(getFairnessReport(viewer(org, role), {}, "applied")).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(exportFairnessReport(viewer(org, role), {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await auditActions(org)).toEqual([]);
  });
});
