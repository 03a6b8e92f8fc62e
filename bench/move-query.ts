// Run by bench/move.mjs: calls the move itself (no HTTP, no session lookup) in this process against the
// benchmark database, and counts every statement it sends: node-postgres's Client#query is wrapped, so
// BEGIN, COMMIT and each query are counted as the server receives them.
//   DATABASE_URL=... BENCH_JOB_ID=... npx tsx --conditions react-server bench/move-query.ts <bulk moves> <single moves>
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { at, benchRecruiter, statementsSent } from "./query-bench";
import { moveApplications } from "@/server/pipeline/move-applications";
import * as s from "@/db/schema";

async function main() {
  const jobId = process.env.BENCH_JOB_ID!;
  const bulkMoves = Math.min(Number(process.argv[2] ?? 20), 200);
  const singleMoves = Math.min(Number(process.argv[3] ?? 300), 2000);

  const actor = await benchRecruiter(jobId);
  const stages = await db().select({ id: s.jobStages.id }).from(s.jobStages).where(eq(s.jobStages.jobId, jobId)).orderBy(s.jobStages.position);
  // Applicants the HTTP part of the benchmark did not touch: still in Applied.
  const rows = await db()
    .select({ id: s.applications.id, version: s.applications.version })
    .from(s.applications)
    .where(and(eq(s.applications.jobId, jobId), eq(s.applications.stageId, stages[0]!.id)))
    .orderBy(sql`random()`)
    .limit(400);
  const versions = new Map(rows.map((r) => [r.id, r.version]));
  const ids = [...versions.keys()];

  /** Moves these cards in one call; returns the time taken and the statements sent. */
  async function move(cards: string[], toStageId: string) {
    const before = statementsSent();
    const started = performance.now();
    const moved = await moveApplications(actor, { jobId, toStageId, applications: cards.map((id) => ({ applicationId: id, version: versions.get(id)! })) });
    const elapsed = performance.now() - started;
    if (moved.length !== cards.length) throw new Error(`moved ${moved.length} of ${cards.length}`);
    for (const m of moved) versions.set(m.applicationId, m.version);
    return { elapsed, statements: statementsSent() - before };
  }

  // Bulk moves of 200 and of 20 cards, back and forth between Screen and Interview: every card really moves.
  for (const size of [200, 20]) {
    const cards = ids.slice(0, size);
    const times: number[] = [];
    const counts = new Set<number>();
    await move(cards, stages[1]!.id); // warm-up
    for (let i = 0; i < bulkMoves; i++) {
      const result = await move(cards, stages[i % 2 === 0 ? 2 : 1]!.id);
      times.push(result.elapsed);
      counts.add(result.statements);
    }
    console.log(
      `move of ${size} cards in one call, ${bulkMoves} times: ${[...counts].join("/")} statements each (BEGIN and COMMIT included); median ${at(times, 50)}, p95 ${at(times, 95)} ms`,
    );
  }

  const singles = ids.slice(200, 400);
  const times: number[] = [];
  for (let i = 0; i < singleMoves; i++) {
    const round = Math.floor(i / singles.length);
    times.push((await move([singles[i % singles.length]!], stages[round % 2 === 0 ? 2 : 1]!.id)).elapsed);
  }
  console.log(`move of 1 card, ${singleMoves} times: median ${at(times, 50)}, p95 ${at(times, 95)}, p99 ${at(times, 99)} ms (target p95 < 30)`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
