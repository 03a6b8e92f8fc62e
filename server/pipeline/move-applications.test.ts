import { eq, inArray, sql } from "drizzle-orm";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { databaseHandle } from "@/db/client";
import { createIsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { setupTestDatabase } from "@/test/database";
import { moveApplications, undoMoveApplications } from "./move-applications";
import { rejectApplications } from "./reject-applications";
import { restoreApplications } from "./restore-applications";

// Set-based moves: the statements a move sends do not grow with its cards, and two people moving the
// same card at once get the truth ("changed by someone else"), on PostgreSQL with real concurrent
// connections and on PGlite, where transactions queue one behind the other.

const db = setupTestDatabase();
const STALE = "This applicant was changed by someone else. The board now shows the latest.";

async function setup(applicants: number) {
  const org = await createIsolatedOrganization(db(), undefined, { applicants });
  const stage = (name: string) => org.stages.find((st) => st.name === name)!.id;
  const recruiter: Viewer = { organizationId: org.organization.id, userId: org.users.recruiter.id, role: "recruiter" };
  const cards = org.applicants.map((a) => ({ applicationId: a.applicationId, version: 1 }));
  return { org, stage, recruiter, cards };
}

/** Counts the statements the database receives while `work` runs, BEGIN and COMMIT included. */
async function countStatements(work: () => Promise<unknown>): Promise<number> {
  const handle = databaseHandle();
  let count = 0;
  if (handle.driver.name === "postgres") {
    const query = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      count++;
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query;
    try {
      await work();
    } finally {
      pg.Client.prototype.query = query;
    }
    return count;
  }
  const client = handle.driver.client;
  const [query, transaction] = [client.query, client.transaction];
  client.query = ((...args: Parameters<typeof query>) => {
    count++;
    return query.apply(client, args);
  }) as typeof query;
  client.transaction = ((callback: Parameters<typeof transaction>[0]) =>
    transaction.call(client, (tx) => {
      count += 2; // its BEGIN and COMMIT (or ROLLBACK)
      const txQuery = tx.query;
      tx.query = ((...args: Parameters<typeof txQuery>) => {
        count++;
        return txQuery.apply(tx, args);
      }) as typeof txQuery;
      return callback(tx);
    })) as typeof transaction;
  try {
    await work();
  } finally {
    Object.assign(client, { query, transaction });
  }
  return count;
}

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const rows = (ids: string[]) => db().select().from(s.applications).where(inArray(s.applications.id, ids));
const eventsOf = (ids: string[]) => db().select().from(s.applicationEvents).where(inArray(s.applicationEvents.applicationId, ids));

describe("set-based board changes", () => {
  it("sends the same statements to move 3 cards as to move 60, and records one event per card", async () => {
    const { org, stage, recruiter, cards } = await setup(63);
    const few = await countStatements(() => moveApplications(recruiter, { jobId: org.job.id, toStageId: stage("Screen"), applications: cards.slice(0, 3) }));
    const many = await countStatements(() => moveApplications(recruiter, { jobId: org.job.id, toStageId: stage("Screen"), applications: cards.slice(3) }));
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(6);
    expect((await rows(cards.map((c) => c.applicationId))).every((row) => row.stageId === stage("Screen") && row.version === 2)).toBe(true);
    const moves = (await eventsOf(cards.map((c) => c.applicationId))).filter((e) => e.type === "moved");
    expect(moves).toHaveLength(63);

    // Rejecting and restoring without emails are set-based too.
    const moved = cards.map((c) => ({ ...c, version: 2 }));
    const reject = (refs: typeof moved) => rejectApplications(recruiter, { jobId: org.job.id, applications: refs, reason: "Other", note: "", sendEmail: false });
    expect(await countStatements(() => reject(moved.slice(3)))).toBe(await countStatements(() => reject(moved.slice(0, 3))));
    const rejected = moved.map((c) => ({ ...c, version: 3 }));
    const restore = (refs: typeof rejected) => restoreApplications(recruiter, { jobId: org.job.id, applications: refs });
    expect(await countStatements(() => restore(rejected.slice(3)))).toBe(await countStatements(() => restore(rejected.slice(0, 3))));
    expect((await rows(cards.map((c) => c.applicationId))).every((row) => row.status === "active" && row.version === 4)).toBe(true);
  });

  it("tells the slower of two people moving the same card at once that someone else changed it, and moves it once", async () => {
    const { org, stage, recruiter, cards } = await setup(1);
    const admin: Viewer = { ...recruiter, userId: org.users.admin.id, role: "admin" };
    const results = await Promise.allSettled([
      moveApplications(recruiter, { jobId: org.job.id, toStageId: stage("Screen"), applications: cards }),
      moveApplications(admin, { jobId: org.job.id, toStageId: stage("Interview"), applications: cards }),
    ]);
    const refused = results.filter((r) => r.status === "rejected");
    expect(refused).toHaveLength(1);
    expect(((refused[0] as PromiseRejectedResult).reason as AppError).message).toBe(STALE);
    const [row] = await rows([cards[0]!.applicationId]);
    expect(row!.version).toBe(2);
    expect((await eventsOf([cards[0]!.applicationId])).filter((e) => e.type === "moved")).toHaveLength(1);
  });

  it("refuses a bulk move whose card someone else moves while it waits, and leaves every other card where it was", async () => {
    const { org, stage, recruiter, cards } = await setup(2);
    const [a, b] = cards as [(typeof cards)[0], (typeof cards)[0]];
    // Someone else's move of card b: it holds b's row until released.
    const { release, winner } = await someoneElseMoves(b.applicationId, stage("Interview"));
    // Its refusal is taken as soon as it comes (it may come while the test still waits for the winner).
    const loser = failure(moveApplications(recruiter, { jobId: org.job.id, toStageId: stage("Screen"), applications: [a, b] }));
    if (databaseHandle().driver.name === "postgres") {
      // The loser has read the card at version 1 and now waits for the winner's row lock.
      await expect.poll(waitingOnLock, { timeout: 10_000 }).toBeGreaterThan(0);
    }
    release();
    await winner;
    const error = await loser;
    expect(error.code).toBe("STALE_VERSION");
    expect(error.message).toBe(STALE);
    const after = new Map((await rows([a.applicationId, b.applicationId])).map((row) => [row.id, row]));
    expect(after.get(a.applicationId)).toMatchObject({ stageId: stage("Applied"), version: 1 });
    expect(after.get(b.applicationId)).toMatchObject({ stageId: stage("Interview"), version: 2 });
    expect((await eventsOf([a.applicationId, b.applicationId])).filter((e) => e.type === "moved")).toHaveLength(0);
  });

  it("undoes a bulk move from two stages all or none: a card changed meanwhile refuses the whole undo", async () => {
    const { org, stage, recruiter, cards } = await setup(2);
    const [a, b] = cards as [(typeof cards)[0], (typeof cards)[0]];
    // a waits in Screen, b in Applied; both are moved to Interview together.
    const [aInScreen] = await moveApplications(recruiter, { jobId: org.job.id, toStageId: stage("Screen"), applications: [a] });
    const moved = await moveApplications(recruiter, { jobId: org.job.id, toStageId: stage("Interview"), applications: [aInScreen!, b] });
    const version = (id: string) => moved.find((card) => card.applicationId === id)!;
    const undo = { jobId: org.job.id, moves: [{ toStageId: stage("Screen"), applications: [version(a.applicationId)] }, { toStageId: stage("Applied"), applications: [version(b.applicationId)] }] };

    // Someone else moves b on while the Undo runs: it holds b's row until released, and the Undo has put a back by then.
    const { release, winner } = await someoneElseMoves(b.applicationId, stage("Offer"));
    const undoing = failure(undoMoveApplications(recruiter, undo));
    if (databaseHandle().driver.name === "postgres") await expect.poll(waitingOnLock, { timeout: 10_000 }).toBeGreaterThan(0);
    release();
    await winner;
    const error = await undoing;
    expect(error).toMatchObject({ code: "STALE_VERSION", message: STALE });
    const after = new Map((await rows([a.applicationId, b.applicationId])).map((row) => [row.id, row]));
    expect(after.get(a.applicationId)).toMatchObject({ stageId: stage("Interview"), version: version(a.applicationId).version });
    expect(after.get(b.applicationId)).toMatchObject({ stageId: stage("Offer") });
    expect((await eventsOf([a.applicationId])).filter((e) => e.type === "moved")).toHaveLength(2);

    // Nobody in between: both go back to where each came from, in one go.
    const again = await moveApplications(recruiter, {
      jobId: org.job.id,
      toStageId: stage("Interview"),
      applications: [version(a.applicationId), { applicationId: b.applicationId, version: after.get(b.applicationId)!.version }],
    });
    const at = (id: string) => again.find((card) => card.applicationId === id)!;
    await undoMoveApplications(recruiter, { jobId: org.job.id, moves: [{ toStageId: stage("Screen"), applications: [at(a.applicationId)] }, { toStageId: stage("Offer"), applications: [at(b.applicationId)] }] });
    const restored = new Map((await rows([a.applicationId, b.applicationId])).map((row) => [row.id, row.stageId]));
    expect(restored).toEqual(new Map([[a.applicationId, stage("Screen")], [b.applicationId, stage("Offer")]]));
  });
});

/** Someone else's move of a card, in a transaction that holds the card's row until released. */
async function someoneElseMoves(applicationId: string, stageId: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let winnerHasLock!: () => void;
  const lockTaken = new Promise<void>((resolve) => (winnerHasLock = resolve));
  const winner = db().transaction(async (tx) => {
    await tx
      .update(s.applications)
      .set({ stageId, version: sql`${s.applications.version} + 1` })
      .where(eq(s.applications.id, applicationId));
    winnerHasLock();
    await released;
  });
  await lockTaken;
  return { release, winner };
}

/** Backends of this database waiting for a row lock held by another transaction. */
async function waitingOnLock(): Promise<number> {
  const result = await db().execute<{ waiting: number }>(
    sql`select count(*)::int as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
  );
  return result.rows[0]!.waiting;
}
