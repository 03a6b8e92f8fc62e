// Run by bench/board.mjs: times the board's data (getBoard(): the live stages, every column's first
// page with its total, the scorecard summaries) in this process against the benchmark database, without
// HTTP, React or the browser, and counts the statements one render sends (node-postgres's Client#query
// wrapped).
//   DATABASE_URL=... BENCH_JOB_ID=... npx tsx --conditions react-server bench/board-query.ts <loads>
import pg from "pg";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import * as s from "@/db/schema";
import { getBoard, getBoardJob } from "@/server/pipeline/board";

let statements = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements++;
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;

const at = (times: number[], p: number) => {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!.toFixed(1);
};

async function main() {
  const jobId = process.env.BENCH_JOB_ID!;
  const loads = Math.min(Number(process.argv[2] ?? 50), 1000);
  const [recruiter] = await db()
    .select({ userId: s.memberships.userId, organizationId: s.memberships.organizationId })
    .from(s.memberships)
    .innerJoin(s.jobs, eq(s.jobs.organizationId, s.memberships.organizationId))
    .where(and(eq(s.jobs.id, jobId), eq(s.memberships.role, "recruiter")));
  const actor = { ...recruiter!, role: "recruiter" as const };
  const job = (await getBoardJob(actor, jobId))!;
  for (const [label, filters] of [
    ["no filter", {}],
    ["name search", { q: "Candidate 12" }],
  ] as const) {
    for (let i = 0; i < 5; i++) await getBoard(actor, job, filters); // warm-up
    const times: number[] = [];
    const before = statements;
    for (let i = 0; i < loads; i++) {
      const started = performance.now();
      await getBoard(actor, job, filters);
      times.push(performance.now() - started);
    }
    console.log(`getBoard() ${label}, ${loads} times: ${(statements - before) / loads} statements each; median ${at(times, 50)}, p95 ${at(times, 95)} ms`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
