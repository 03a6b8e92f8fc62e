// Shared by the in-process query benchmarks (bench/board-query.ts, bench/move-query.ts).
import pg from "pg";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import * as s from "@/db/schema";

let sent = 0;
const query = pg.Client.prototype.query;
// Every statement node-postgres sends (BEGIN and COMMIT included), as the server receives them.
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  sent++;
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;

/** How many statements this process has sent so far: take the difference around what you measure. */
export const statementsSent = () => sent;

/** The p-th percentile of `times`, to one decimal. */
export const at = (times: number[], p: number) => {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!.toFixed(1);
};

/** A recruiter of the benchmark job's organisation, as the use cases take their actor. */
export async function benchRecruiter(jobId: string) {
  const [recruiter] = await db()
    .select({ userId: s.memberships.userId, organizationId: s.memberships.organizationId })
    .from(s.memberships)
    .innerJoin(s.jobs, eq(s.jobs.organizationId, s.memberships.organizationId))
    .where(and(eq(s.jobs.id, jobId), eq(s.memberships.role, "recruiter")));
  return { ...recruiter!, role: "recruiter" as const };
}
