// Run by bench/move.mjs: times moveApplications() itself (the query function the server action calls:
// job access check, then one transaction with the optimistic-lock UPDATE and the event row), in this
// process against the benchmark database, without HTTP or the session lookup.
//   DATABASE_URL=... BENCH_JOB_ID=... npx tsx --conditions react-server bench/move-query.ts <moves>
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { moveApplications } from "@/db/queries/pipeline";
import * as s from "@/db/schema";

async function main() {
  const jobId = process.env.BENCH_JOB_ID!;
  const moves = Math.min(Number(process.argv[2] ?? 300), 2000);

  const [recruiter] = await db()
    .select({ userId: s.memberships.userId, organizationId: s.memberships.organizationId })
    .from(s.memberships)
    .innerJoin(s.jobs, eq(s.jobs.organizationId, s.memberships.organizationId))
    .where(and(eq(s.jobs.id, jobId), eq(s.memberships.role, "recruiter")));
  const viewer = { ...recruiter!, role: "recruiter" as const };
  const stages = await db().select({ id: s.jobStages.id }).from(s.jobStages).where(eq(s.jobStages.jobId, jobId)).orderBy(s.jobStages.position);
  const rows = await db()
    .select({ id: s.applications.id, version: s.applications.version })
    .from(s.applications)
    .where(and(eq(s.applications.jobId, jobId), eq(s.applications.stageId, stages[0]!.id)))
    .orderBy(sql`random()`)
    .limit(120);
  const versions = new Map(rows.map((r) => [r.id, r.version]));
  const ids = [...versions.keys()];

  async function move(id: string, toStageId: string) {
    const started = performance.now();
    const [moved] = await moveApplications(viewer, { jobId, toStageId, applications: [{ applicationId: id, version: versions.get(id)! }] });
    versions.set(id, moved!.version);
    return performance.now() - started;
  }

  for (const id of ids.slice(0, 20)) await move(id, stages[1]!.id);
  const times: number[] = [];
  for (let i = 0; i < moves; i++) {
    const round = Math.floor(i / (ids.length - 20));
    times.push(await move(ids[20 + (i % (ids.length - 20))]!, stages[round % 2 === 0 ? 2 : 1]!.id));
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]!.toFixed(1);
  console.log(`moveApplications() called directly, ${moves} moves: median ${at(50)}, p95 ${at(95)}, p99 ${at(99)} ms (target p95 < 30)`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
