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

type Tx = Parameters<Parameters<ReturnType<typeof db>["transaction"]>[0]>[0];

/** A recruiter's move of an application to another stage: the card's row, then its event. */
async function move(tx: Tx, organizationId: string, applicationId: string, stageId: string) {
  await tx.update(s.applications).set({ stageId }).where(eq(s.applications.id, applicationId));
  await tx.insert(s.applicationEvents).values({ organizationId, applicationId, type: "moved", toStageId: stageId });
}

/** Runs `change` in a transaction of its own, held open after its writes until released. */
async function heldOpen(change: (tx: Tx) => Promise<unknown>) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let written!: () => void;
  const changesWritten = new Promise<void>((resolve) => (written = resolve));
  const done = db().transaction(async (tx) => {
    await change(tx);
    written();
    await released;
  });
  await changesWritten;
  return { release, done };
}

/** Runs `change` in a transaction of its own and waits until it is blocked on a row lock. */
async function blockedChange(change: (tx: Tx) => Promise<unknown>) {
  let pid = 0;
  const done = db().transaction(async (tx) => {
    pid = (await tx.execute<{ pid: number }>(sql`select pg_backend_pid() as pid`)).rows[0]!.pid;
    await change(tx);
  });
  await expect
    .poll(async () => (pid ? (await db().execute<{ n: number }>(sql`select count(*)::int as n from pg_stat_activity where pid = ${pid} and wait_event_type = 'Lock'`)).rows[0]!.n : 0), { timeout: 10_000 })
    .toBe(1);
  // In an object: a promise returned as is would be awaited by the caller's await, which would wait for the lock.
  return { done };
}

async function drift(applicationId: string) {
  const { rows } = await db().execute(sql`select * from fairness_reach where application_id = ${applicationId}
    except select * from fairness_reach_source where application_id = ${applicationId}`);
  return rows;
}

describe("the fairness report's rollup under concurrent changes", () => {
  it("keeps a move committed while an erasure of the answers waited, and the erasure", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1 });
    const job = fixtureJob(org);
    const applicationId = org.applicants[0]!.applicationId;
    await db().insert(s.selfIdentifications).values({ organizationId: org.organization.id, applicationId, gender: "woman", ethnicity: "asian" });

    const { release, done: moved } = await heldOpen((tx) => move(tx, org.organization.id, applicationId, job.stages.interview));
    // Meanwhile the candidate's answers are deleted; it must wait for the move, then keep it.
    const { done: erase } = await blockedChange((tx) => tx.delete(s.selfIdentifications).where(eq(s.selfIdentifications.applicationId, applicationId)));
    release();
    await Promise.all([moved, erase]);

    const [row] = await db().select().from(s.fairnessReach).where(eq(s.fairnessReach.applicationId, applicationId));
    expect(row).toMatchObject({ furthestRank: 3, gender: "not_provided", ethnicity: "not_provided" });
    expect(await drift(applicationId)).toEqual([]);
  });

  it("keeps an erasure of the answers committed while a move waited, and the move", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1 });
    const job = fixtureJob(org);
    const applicationId = org.applicants[0]!.applicationId;
    await db().insert(s.selfIdentifications).values({ organizationId: org.organization.id, applicationId, gender: "woman", ethnicity: "asian" });

    // The answers deleted first, held open; a move meanwhile must wait, then leave no answer behind.
    const { release, done: erase } = await heldOpen((tx) => tx.delete(s.selfIdentifications).where(eq(s.selfIdentifications.applicationId, applicationId)));
    const { done: moved } = await blockedChange((tx) => move(tx, org.organization.id, applicationId, job.stages.interview));
    release();
    await Promise.all([erase, moved]);

    const [row] = await db().select().from(s.fairnessReach).where(eq(s.fairnessReach.applicationId, applicationId));
    expect(row).toMatchObject({ furthestRank: 3, gender: "not_provided", ethnicity: "not_provided" });
    expect(await drift(applicationId)).toEqual([]);
  });

  it("recomputes an application after a move it waited for, not from what it saw before", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1, stage: "screen" });
    const job = fixtureJob(org);
    const applicationId = org.applicants[0]!.applicationId;

    const { release, done: moved } = await heldOpen((tx) => move(tx, org.organization.id, applicationId, job.stages.interview));
    // Meanwhile the Screen stage becomes an Offer stage: its applications rise to rank 4, but this one
    // has left it. Before the move commits, this transaction still sees it there.
    const { done: retype } = await blockedChange((tx) => tx.update(s.jobStages).set({ kind: "offer" }).where(eq(s.jobStages.id, job.stages.screen)));
    release();
    await Promise.all([moved, retype]);

    const [row] = await db().select().from(s.fairnessReach).where(eq(s.fairnessReach.applicationId, applicationId));
    expect(row).toMatchObject({ furthestRank: 3 });
    expect(await drift(applicationId)).toEqual([]);
  });
});
