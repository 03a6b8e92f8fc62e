import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase, type DatabaseHandle } from "@/db/client";
import { createEffectsTable, runsOf, testTasks } from "@/test/background-jobs/tasks";
import { listBackgroundJobs } from "./list-jobs";
import { enqueueTask } from "./enqueue";
import { prepareJobs, startJobRunner, type JobRunner } from "./runner";

// Each test gets a database of its own on PGlite (on disk when a second process must open it after the
// first is killed); on Postgres they share the run's database, whose other files never run these tasks.
const postgresUrl = process.env.DATABASE_URL;
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function freshTarget({ onDisk = false } = {}) {
  if (postgresUrl) return { databaseUrl: postgresUrl };
  if (!onDisk) return { pgliteDataDir: "memory://" };
  const dir = mkdtempSync(path.join(tmpdir(), "candor-jobs-"));
  dirs.push(dir);
  return { pgliteDataDir: dir };
}

async function open(target: ReturnType<typeof freshTarget>): Promise<DatabaseHandle> {
  const handle = openDatabase(target);
  await handle.ready();
  await createEffectsTable(handle.db);
  await prepareJobs({ handle, tasks: testTasks(handle.db) });
  return handle;
}

const uniqueKey = (label: string) => `${label}-${Math.random().toString(36).slice(2)}`;

async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, seconds = 30): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await read();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("background jobs", { timeout: 90_000 }, () => {
  it("queues a job with its cause's transaction, and none when that transaction rolls back", async () => {
    const handle = await open(freshTarget());
    const tasks = testTasks(handle.db);
    const [kept, rolledBack] = [uniqueKey("kept"), uniqueKey("rolled-back")];
    const later = await handle.db.transaction(async (tx) => {
      await enqueueTask(tx, tasks, "test.record", { key: kept });
      return enqueueTask(tx, tasks, "test.record", { key: uniqueKey("later") }, { delaySeconds: 3600 });
    });
    await expect(
      handle.db.transaction(async (tx) => {
        await enqueueTask(tx, tasks, "test.record", { key: rolledBack });
        throw new Error("the application failed to save");
      }),
    ).rejects.toThrow("the application failed to save");
    await expect(enqueueTask(handle.db, tasks, "test.record", { key: "" })).rejects.toThrow();

    const queued = await listBackgroundJobs(handle.db);
    expect(queued.map((job) => job.payload)).toContainEqual({ key: kept });
    expect(queued.map((job) => job.payload)).not.toContainEqual({ key: rolledBack });
    const delayed = queued.find((job) => job.id === later)!;
    expect((delayed.startAfter.getTime() - Date.now()) / 1000).toBeGreaterThan(3500);

    const runner = await startJobRunner({ handle, tasks, pollingIntervalSeconds: 0.5 });
    try {
      expect(await eventually(() => runsOf(handle.db, kept), (runs) => runs > 0)).toBe(1);
      expect(await runsOf(handle.db, rolledBack)).toBe(0);
    } finally {
      await runner.stop();
      await handle.close();
    }
  });

  it("keeps a failed job's error and waits longer before each retry", async () => {
    const handle = await open(freshTarget());
    const tasks = testTasks(handle.db);
    const id = await enqueueTask(handle.db, tasks, "test.fail", {});
    const runner = await startJobRunner({ handle, tasks, pollingIntervalSeconds: 0.5 });
    try {
      const job = await eventually(
        async () => (await listBackgroundJobs(handle.db)).find((j) => j.id === id),
        (j) => j?.state === "retry",
      );
      expect(job).toMatchObject({ state: "retry", attempts: 1, lastError: "the SMTP server said 451 try again later" });
      // Back-off: 60 s, doubled per retry, with jitter; never sooner than the base delay.
      const waitSeconds = (job!.startAfter.getTime() - Date.now()) / 1000;
      expect(waitSeconds).toBeGreaterThan(50);
      expect(waitSeconds).toBeLessThan(250);
    } finally {
      await runner.stop();
      await handle.close();
    }
  });

  it("retries a job whose server died in the middle of it, and completes it once", async () => {
    const target = freshTarget({ onDisk: true });
    const key = uniqueKey("crash");
    let handle = await open(target);
    await enqueueTask(handle.db, testTasks(handle.db), "test.record", { key });
    // The embedded database is one process's: the dying server must be the only one to have it open.
    if ("pgliteDataDir" in target) await handle.close();

    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "test/background-jobs/crashing-runner.mts"], {
      env: { ...process.env, ...("pgliteDataDir" in target ? { PGLITE_DATA_DIR: target.pgliteDataDir } : { DATABASE_URL: target.databaseUrl }) },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const lines = createInterface({ input: child.stdout! });
    const started = new Promise<void>((resolve) => lines.on("line", (line) => line === `started ${key}` && resolve()));
    await started;
    child.kill("SIGKILL");
    await once(child, "exit");

    if ("pgliteDataDir" in target) handle = await open(target);
    let runner: JobRunner | undefined;
    try {
      expect(await runsOf(handle.db, key)).toBe(0);
      runner = await startJobRunner({ handle, tasks: testTasks(handle.db), pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1 });
      expect(await eventually(() => runsOf(handle.db, key), (runs) => runs > 0, 60)).toBe(1);
      const job = await eventually(
        async () => (await listBackgroundJobs(handle.db, { includeCompleted: true })).find((j) => (j.payload as { key?: string }).key === key),
        (j) => j?.state === "completed",
      );
      expect(job).toMatchObject({ state: "completed", attempts: 2 });
      expect(await runsOf(handle.db, key)).toBe(1);
    } finally {
      await runner?.stop();
      await handle.close();
    }
  });
});
