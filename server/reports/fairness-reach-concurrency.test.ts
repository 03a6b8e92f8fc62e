import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import { fixtureJob } from "@/test/candidates";
import { setupTestDatabase } from "@/test/database";

// Two transactions changing one application at once: the fairness report's rollup (migration 0032) must
// end as its definition computes from what both committed. Needs two connections, so PostgreSQL only
// (server/reports/fairness-reach.test.ts covers the rest on both databases).

const db = setupTestDatabase();

describe("the fairness report's rollup under concurrent changes", () => {
  it("keeps a move committed while an erasure of the answers waited, and the erasure", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1 });
    const job = fixtureJob(org);
    const applicationId = org.applicants[0]!.applicationId;
    await db().insert(s.selfIdentifications).values({ organizationId: org.organization.id, applicationId, gender: "woman", ethnicity: "asian" });

    // A recruiter's move to Interview, held open after its writes.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let moved!: () => void;
    const movedWritten = new Promise<void>((resolve) => (moved = resolve));
    const move = db().transaction(async (tx) => {
      await tx.update(s.applications).set({ stageId: job.stages.interview }).where(eq(s.applications.id, applicationId));
      await tx.insert(s.applicationEvents).values({ organizationId: org.organization.id, applicationId, type: "moved", toStageId: job.stages.interview });
      moved();
      await released;
    });
    await movedWritten;

    // Meanwhile the candidate's answers are deleted; it must wait for the move, then count it.
    let erasingPid = 0;
    const erase = db().transaction(async (tx) => {
      erasingPid = (await tx.execute<{ pid: number }>(sql`select pg_backend_pid() as pid`)).rows[0]!.pid;
      await tx.delete(s.selfIdentifications).where(eq(s.selfIdentifications.applicationId, applicationId));
    });
    await expect
      .poll(async () => (await db().execute<{ n: number }>(sql`select count(*)::int as n from pg_stat_activity where pid = ${erasingPid} and wait_event_type = 'Lock'`)).rows[0]!.n, { timeout: 10_000 })
      .toBe(1);
    release();
    await Promise.all([move, erase]);

    const [row] = await db().select().from(s.fairnessReach).where(eq(s.fairnessReach.applicationId, applicationId));
    expect(row).toMatchObject({ furthestRank: 3, gender: "not_provided", ethnicity: "not_provided" });
    const { rows: drift } = await db().execute(sql`select * from fairness_reach where application_id = ${applicationId}
      except select * from fairness_reach_source where application_id = ${applicationId}`);
    expect(drift).toEqual([]);
  });
});
