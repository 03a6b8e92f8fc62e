// Run by bench/reports.mjs: times each report query against reports_bench in this process, as an admin
// (every job) and as a hiring manager (three jobs), without HTTP or React.
//   DATABASE_URL=.../reports_bench npx tsx --conditions react-server bench/reports-query.ts <runs>
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import * as s from "@/db/schema";
import { reportTableIds } from "@/lib/reports/tables";
import { parseReportView } from "@/lib/validation/reports";
import { getFairnessReport } from "@/server/reports/get-fairness-report";
import { protectFairness } from "@/lib/reports/fairness-suppression";
import { getReportTable } from "@/server/reports/get-reports";
import { countReachBySelfIdentification } from "@/db/queries/fairness";
import { listReportChoices } from "@/db/queries/reports";
import { jobScope } from "@/lib/permissions";
import { readReports } from "@/server/reports/report-scope";
import { at } from "./query-bench";

async function member(email: string) {
  const [row] = await db()
    .select({ userId: s.users.id, organizationId: s.memberships.organizationId, role: s.memberships.role })
    .from(s.users)
    .innerJoin(s.memberships, eq(s.memberships.userId, s.users.id))
    .where(eq(s.users.email, email));
  return row!;
}

async function time(label: string, runs: number, run: () => Promise<unknown>) {
  for (let i = 0; i < 2; i++) await run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  const p95 = Number(at(times, 95));
  console.log(`${label.padEnd(44)} p50 ${at(times, 50).padStart(7)}  p95 ${at(times, 95).padStart(7)} ms${p95 >= 300 ? "  OVER 300" : ""}`);
}

async function main() {
  const runs = Math.min(Number(process.argv[2] ?? 20), 200);
  const admin = await member("member-1@bench.test");
  const manager = await member("member-2@bench.test");
  const views = { all: parseReportView({}), lastQuarter: parseReportView({ from: new Date(Date.now() - 90 * 86_400_000).toISOString().slice(0, 10) }) };
  console.log(`${runs} runs each, after 2 warm-up runs`);
  for (const [who, viewer] of [
    ["admin", admin],
    ["hiring manager", manager],
  ] as const) {
    for (const id of reportTableIds) {
      const view = id === "funnel-groups" ? parseReportView({ groupBy: "month" }) : views.all;
      await time(`${who}: ${id}`, runs, () => getReportTable(viewer, view, id));
    }
  }
  await time("admin: funnel, last 90 days", runs, () => getReportTable(admin, views.lastQuarter, "funnel"));
  await time("admin: filter choices", runs, () => readReports((executor) => listReportChoices(executor, jobScope(admin, "reports.read"))));
  // The fairness report: its three per-job reads, then the one suppression plan for every view of the year
  // with its audit (lib/reports/fairness-suppression.ts), as the page runs them.
  const scope = jobScope(admin, "reports.fairness");
  const year = new Date().getUTCFullYear();
  await time("admin: fairness read (one query)", runs, () =>
    readReports((executor) => countReachBySelfIdentification(executor, scope, year, ["intersection", "veteran_status", "disability"])),
  );
  const rows = await readReports((executor) => countReachBySelfIdentification(executor, scope, year, ["intersection", "veteran_status", "disability"]));
  const asRows = rows.map((row) => ({ ...row, dimension: ({ intersection: "sex_ethnicity", veteran_status: "veteranStatus", disability: "disability" } as const)[row.column as "intersection"], group: row.key, reach: [row.applied, row.screen, row.interview, row.offer, row.hired] }));
  await time("admin: fairness suppression plan (cold)", runs, async () => protectFairness(asRows, 5));
  await time("admin: fairness page (read + plan, reused)", runs, () => getFairnessReport(admin, { year, step: "applied" }));
  await time("admin: fairness report, a department", runs, () => getFairnessReport(admin, { year, department: "Department 1", step: "screen" }));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
