// Run by bench/board.mjs: times the board's data (getBoard(): the live stages, every column's first
// page with its total, the scorecard summaries) in this process against the benchmark database, without
// HTTP, React or the browser, and counts the statements one render sends (node-postgres's Client#query
// wrapped).
//   DATABASE_URL=... BENCH_JOB_ID=... npx tsx --conditions react-server bench/board-query.ts <loads>
import { at, benchRecruiter, statementsSent } from "./query-bench";
import { getBoard, getBoardJob } from "@/server/pipeline/board";

async function main() {
  const jobId = process.env.BENCH_JOB_ID!;
  const loads = Math.min(Number(process.argv[2] ?? 50), 1000);
  const actor = await benchRecruiter(jobId);
  const job = (await getBoardJob(actor, jobId))!;
  for (const [label, filters] of [
    ["no filter", {}],
    ["name search", { q: "Candidate 12" }],
  ] as const) {
    for (let i = 0; i < 5; i++) await getBoard(actor, job, filters); // warm-up
    const times: number[] = [];
    const before = statementsSent();
    for (let i = 0; i < loads; i++) {
      const started = performance.now();
      await getBoard(actor, job, filters);
      times.push(performance.now() - started);
    }
    console.log(`getBoard() ${label}, ${loads} times: ${(statementsSent() - before) / loads} statements each; median ${at(times, 50)}, p95 ${at(times, 95)} ms`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
