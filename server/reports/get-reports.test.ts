import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import { REPORTS_FIXTURE, seedReportFixture } from "@/db/fixtures-reports";
import * as s from "@/db/schema";
import type { MemberRole } from "@/lib/enums";
import type { ReportTable } from "@/lib/reports/tables";
import { parseReportView } from "@/lib/validation/reports";
import { setupTestDatabase } from "@/test/database";
import { moveApplications } from "@/server/pipeline/move-applications";
import { getReportTable, getReports } from "./get-reports";

const db = setupTestDatabase();

const viewer = (org: IsolatedOrganization, role: MemberRole) => ({ organizationId: org.organization.id, userId: org.users[role].id, role });
const column = (table: ReportTable | null, name: string) => table!.rows.map((row) => row[table!.header.indexOf(name)]);
const rowOf = (table: ReportTable | null, label: string) => Object.fromEntries(table!.header.map((name, i) => [name, table!.rows.find((row) => row[0] === label)![i]]));

/** An offer sent on the other job (no hiring team), to its last application (made on 4 March). */
async function seedOtherJobOffer(org: IsolatedOrganization) {
  const [job] = await db().select({ id: s.jobs.id }).from(s.jobs).where(and(eq(s.jobs.organizationId, org.organization.id), eq(s.jobs.title, REPORTS_FIXTURE.otherJob.title)));
  const [application] = await db().select({ id: s.applications.id }).from(s.applications).where(eq(s.applications.jobId, job!.id)).orderBy(desc(s.applications.createdAt)).limit(1);
  await db().insert(s.offers).values({
    organizationId: org.organization.id,
    applicationId: application!.id,
    status: "approved",
    salaryAmount: "50000.00",
    currency: "EUR",
    salaryPeriod: "year",
    startDate: "2026-05-01",
    expiresOn: "2026-04-01",
    approvers: [],
    sentAt: new Date(),
  });
  return { otherJobId: job!.id };
}

async function fixture() {
  const org = await createIsolatedOrganization(db(), undefined, { team: ["hiring_manager"] });
  await seedReportFixture(db(), org);
  return org;
}

describe("reports", () => {
  it("counts the funnel, sources, speed, interviewers and offers of the known fixture", async () => {
    const org = await fixture();
    const admin = viewer(org, "admin");
    const { tables } = await getReports(admin, parseReportView({ groupBy: "source" }));
    const table = (id: string) => tables.find((t) => t.id === id)!;

    expect(column(table("funnel"), "Reached")).toEqual([58, 25, 10, 6, 5]);
    expect(column(table("funnel"), "Drop-off")).toEqual(["–", 33, 15, 4, 1]);
    expect(rowOf(table("funnel-groups"), "Spring fair")).toMatchObject({ Applied: 37, Hired: 5, "Applied to hired": "13.5 %" });
    expect(rowOf(table("sources"), "Spring fair")).toMatchObject({ Applications: 37, Interviews: 10, Offers: 6, Hires: 5 });
    // Hires applied 1 to 5 hours after the fixture's base, 10 days after the job was published: the median fills in 22 days and 3 hours.
    expect(rowOf(table("time-to-hire"), "All jobs")).toMatchObject({ Hires: 5, "Time to hire, median (days)": 12, "Time to fill, median (days)": 22.1 });
    expect(column(table("time-in-stage"), "Median (days)")).toEqual([2, 3, 4, 3]);
    expect(rowOf(table("interviewers"), org.users.interviewer.name)).toMatchObject({ "Scorecards submitted": 2, "Submitted late": 1, Yes: 1, "Strong yes": 1, "Matched the outcome": "1 of 2 (50.0 %)" });
    expect(rowOf(table("offers"), "All jobs")).toEqual({
      Job: "All jobs",
      Drafted: 10,
      "Sent for approval": 9,
      "Declined by an approver": 1,
      "Approved and sent": 6,
      Accepted: 5,
      "Declined by the candidate": 1,
      "Acceptance rate": "83.3 %",
    });
    expect(column(table("offers"), "Job")).toEqual(["All jobs", org.job.title]);
    expect(column(table("stale"), "Job")).toEqual(expect.arrayContaining([org.job.title, REPORTS_FIXTURE.otherJob.title]));
  });

  it("filters by source, UTM tag, department and date from the URL", async () => {
    const org = await fixture();
    const admin = viewer(org, "admin");
    const reached = async (query: Record<string, string>) => column(await getReportTable(admin, parseReportView(query), "funnel"), "Reached");
    expect(await reached({ source: "Spring fair" })).toEqual([37, 20, 10, 6, 5]);
    expect(await reached({ department: "Sales" })).toEqual([8, 2, 0, 0, 0]);
    // Applications arrive hourly from 10:00 on 2 March: 38 by the end of 3 March (a reversed range is read as meant).
    expect(await reached({ from: "2026-03-03", to: "2026-03-01" })).toEqual([38, 21, 10, 6, 5]);
    expect(await reached({ from: "2026-03-04" })).toEqual([20, 4, 0, 0, 0]);
    const campaigns = await getReportTable(admin, parseReportView({ sourceBy: "utm_campaign" }), "sources");
    expect(rowOf(campaigns, "spring-2026")).toMatchObject({ Applications: 37, Hires: 5 });
    const referrers = await getReportTable(admin, parseReportView({ sourceBy: "referrer" }), "sources");
    expect(rowOf(referrers, "www.linkedin.com")).toMatchObject({ Applications: 8 });
  });

  it("counts the offers of the applications in the scope and period, per job", async () => {
    const org = await fixture();
    const { otherJobId } = await seedOtherJobOffer(org);
    const offers = async (v: ReturnType<typeof viewer>, query: Record<string, string> = {}) =>
      (await getReportTable(v, parseReportView(query), "offers"))!.rows.map((row) => [row[0], row[1], row[4], row[5]]);
    // Job, drafted, approved and sent, accepted: the admin sees the other job's offer too.
    expect(await offers(viewer(org, "admin"))).toEqual([
      ["All jobs", 11, 7, 5],
      [REPORTS_FIXTURE.otherJob.title, 1, 1, 0],
      [org.job.title, 10, 6, 5],
    ]);
    expect(await offers(viewer(org, "admin"), { job: otherJobId })).toEqual([
      ["All jobs", 1, 1, 0],
      [REPORTS_FIXTURE.otherJob.title, 1, 1, 0],
    ]);
    // The hiring manager: their team's job only.
    expect(await offers(viewer(org, "hiring_manager"))).toEqual([
      ["All jobs", 10, 6, 5],
      [org.job.title, 10, 6, 5],
    ]);
    // The period is when the applications were made: the fixture's offers are on applications of 2 March.
    expect(await offers(viewer(org, "admin"), { from: "2026-03-04" })).toEqual([
      ["All jobs", 1, 1, 0],
      [REPORTS_FIXTURE.otherJob.title, 1, 1, 0],
    ]);
    expect(await offers(viewer(org, "admin"), { to: "2026-03-01" })).toEqual([]);
  });

  it("shows hiring managers their jobs only, and refuses interviewers", async () => {
    const org = await fixture();
    const manager = viewer(org, "hiring_manager");
    const { tables, choices } = await getReports(manager, parseReportView({}));
    expect(column(tables.find((t) => t.id === "funnel")!, "Reached")).toEqual([50, 23, 10, 6, 5]);
    expect(choices.jobs.map((job) => job.title)).toEqual([org.job.title]);
    expect(choices.departments).toEqual(["Engineering"]);
    const other = await getReportTable(manager, parseReportView({ department: "Sales" }), "funnel");
    expect(column(other, "Reached")).toEqual([0, 0, 0, 0, 0]);
    await expect(getReports(viewer(org, "interviewer"), parseReportView({}))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("never counts another organisation's applications", async () => {
    await fixture();
    const empty = await createIsolatedOrganization(db());
    const table = await getReportTable(viewer(empty, "admin"), parseReportView({}), "funnel");
    expect(column(table, "Reached")).toEqual([0, 0, 0, 0, 0]);
    // Tables with a total row have no rows at all, so the page shows their empty state.
    expect((await getReportTable(viewer(empty, "admin"), parseReportView({}), "time-to-hire"))!.rows).toEqual([]);
    expect((await getReportTable(viewer(empty, "admin"), parseReportView({}), "offers"))!.rows).toEqual([]);
  });

  it("counts a stage passed once reached, when a move on the board is undone", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 3 });
    const recruiter = viewer(org, "recruiter");
    const stage = (kind: string) => org.stages.find((s) => s.kind === kind)!.id;
    const cards = org.applicants.slice(0, 2).map((a) => ({ applicationId: a.applicationId, version: 1 }));
    const moved = await moveApplications(recruiter, { jobId: org.job.id, toStageId: stage("interview"), applications: cards });
    await moveApplications(recruiter, { jobId: org.job.id, toStageId: stage("screen"), applications: moved.slice(0, 1).map((c) => ({ applicationId: c.applicationId, version: c.version })) });
    const table = await getReportTable(viewer(org, "admin"), parseReportView({}), "funnel");
    expect(column(table, "Reached")).toEqual([3, 2, 2, 0, 0]);
  });
});
