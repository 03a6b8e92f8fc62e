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
    const { tables } = await getFairnessReport(admin, { year: 2026, job: org.job.id, step: "applied" });
    const gender = tables.find((table) => table.id === "fairness-gender")!;
    expect(rowOf(gender, "Man")).toMatchObject({ "Applicants at this step": 20, "Selected for the next": 12, "Selection rate": "60.0 %", "Impact ratio": "1.000", "Below four fifths": "No" });
    expect(rowOf(gender, "Woman")).toMatchObject({ "Applicants at this step": 20, "Selected for the next": 8, "Impact ratio": "0.667", "Below four fifths": "Yes", "Significance test": "Fisher's exact" });
    // Non-binary (3) is under five; "Decline to answer" (7) would be 50 − 20 − 20 − 3 from the funnel's total, so it is hidden too.
    // Empty groups are listed, as 0: no one's secret.
    expect(rowOf(gender, "Non-binary")).toMatchObject({ "Applicants at this step": "<5", "Selection rate": "–" });
    expect(rowOf(gender, "Decline to answer")).toMatchObject({ "Applicants at this step": "<5", "Selection rate": "–" });
    expect(rowOf(gender, "Not provided")).toMatchObject({ "Applicants at this step": 0, "Selection rate": "–" });
    const funnel = await getReportTable(admin, parseReportView({ job: org.job.id }), "funnel");
    const total = funnel!.rows[0]![1] as number;
    const shown = gender.rows.filter((row) => typeof row[1] === "number").reduce((sum, row) => sum + (row[1] as number), 0);
    expect(total - shown).toBeGreaterThanOrEqual(5);
    expect(gender.rows.filter((row) => row[1] === "<5")).toHaveLength(2);
  });

  it("answers every view of the year from one plan, so a department minus its job gives nothing away", async () => {
    const org = await fixture();
    const admin = viewer(org, "admin");
    const gender = async (view: Omit<Parameters<typeof getFairnessReport>[1], "year" | "step">) =>
      (await getFairnessReport(admin, { year: 2026, step: "applied", ...view })).tables.find((table) => table.id === "fairness-gender")!;
    const shownCounts = (table: ReportTable) => Object.fromEntries(table.rows.map((row) => [row[0], row[1]]));
    const organization = shownCounts(await gender({}));
    const engineering = shownCounts(await gender({ department: "Engineering" }));
    const sales = shownCounts(await gender({ department: "Sales" }));
    expect(engineering).toEqual(shownCounts(await gender({ job: org.job.id })));
    expect(organization).toMatchObject({ Woman: 20, Man: 20, "Non-binary": "<5", "Decline to answer": "<5" });
    // The organisation is Engineering plus Sales: a group Engineering hides is hidden in one of the other two as well.
    const hiddenInEngineering = Object.keys(engineering).filter((group) => engineering[group] === "<5");
    expect(hiddenInEngineering).toEqual(expect.arrayContaining(["Non-binary", "Decline to answer"]));
    for (const group of hiddenInEngineering) expect([organization[group], sales[group]], group).toContain("<5");
  });

  it("counts only the chosen calendar year", async () => {
    const org = await fixture();
    const { tables } = await getFairnessReport(viewer(org, "admin"), { year: 2025, step: "applied" });
    expect(tables.every((table) => table.rows.every((row) => row[1] === 0 || row[1] === "<5"))).toBe(true);
  });

  it("records each view and export in the audit log, with the filters and no result", async () => {
    const org = await fixture();
    const admin = viewer(org, "admin");
    await getFairnessReport(admin, { year: 2026, department: "Engineering", step: "screen" });
    const rows = await exportFairnessReport(admin, { year: 2026, step: "applied" });
    expect(rows[0]).toEqual(["Category type", "Step", "Group", "Applicants at this step", "Selected for the next", "Selection rate", "Impact ratio", "Below four fifths", "Significance test", "p-value"]);
    expect(new Set(rows.slice(1).map((row) => row[0]))).toEqual(new Set(["Sex", "Race/Ethnicity", "Intersectional"]));
    expect(await auditActions(org)).toEqual(
      expect.arrayContaining([
        { action: "fairness_report.viewed", details: { year: 2026, department: "Engineering", step: "screen" } },
        { action: "fairness_report.exported", details: { year: 2026 } },
      ]),
    );
  });

  it("is for admins only", async () => {
    const org = await fixture();
    for (const role of ["recruiter", "hiring_manager", "interviewer"] as const) {
      await expect(getFairnessReport(viewer(org, role), { year: 2026, step: "applied" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(exportFairnessReport(viewer(org, role), { year: 2026, step: "applied" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await auditActions(org)).toEqual([]);
  });
});
