// Compares the two Postgres job libraries Candor could run its background work on: pg-boss and
// graphile-worker. For each, on a fresh PostgreSQL database at 127.0.0.1: throughput (N no-op jobs
// enqueued in one go, then drained by one runner) and enqueue -> start latency p50/p95 (jobs enqueued one
// at a time, 20 ms apart, while the runner waits). Then whether each starts at all on PGlite, the
// embedded database (one process, no socket).
//
//   npm install --no-save graphile-worker@0.17   # pg-boss is a dependency; graphile-worker is not
//   node bench/jobs.mjs [--jobs 2000] [--latency 200] [--url postgres://postgres@127.0.0.1:5432/postgres]
import { parseArgs } from "node:util";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";

const { values: args } = parseArgs({
  options: {
    jobs: { type: "string", default: "2000" },
    latency: { type: "string", default: "200" },
    url: { type: "string", default: "postgres://postgres@127.0.0.1:5432/postgres" },
  },
});
const N = Math.min(Number(args.jobs), 20_000);
const M = Math.min(Number(args.latency), 1_000);
const adminUrl = new URL(args.url);
if (!["127.0.0.1", "localhost"].includes(adminUrl.hostname)) throw new Error("bench/jobs.mjs only runs against 127.0.0.1");

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (n) => `${n.toFixed(1)} ms`;

async function withDatabase(name, fn) {
  const admin = new pg.Client({ connectionString: args.url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(args.url);
  url.pathname = `/${name}`;
  try {
    return await fn(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

/** Waits until `done()` or the deadline; a bench must stop by itself. */
async function until(done, seconds = 120) {
  const deadline = Date.now() + seconds * 1000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await sleep(5);
  }
}

async function measure(label, { start, enqueueMany, enqueueOne, stop }) {
  let started = 0;
  const latencies = [];
  const onJob = (payload) => {
    started++;
    if (payload.sentAt) latencies.push(performance.now() - payload.sentAt);
  };
  await start(onJob);
  const t0 = performance.now();
  await enqueueMany(N);
  await until(() => started >= N);
  const seconds = (performance.now() - t0) / 1000;
  started = 0;
  for (let i = 0; i < M; i++) {
    await enqueueOne({ sentAt: performance.now() });
    await sleep(20);
  }
  await until(() => started >= M);
  await stop();
  latencies.sort((a, b) => a - b);
  console.log(`${label}: ${N} jobs in ${seconds.toFixed(2)} s = ${Math.round(N / seconds)} jobs/s; enqueue->start p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))} (${M} jobs)`);
}

async function pgBossOnPostgres({ batchSize, workers }) {
  const { default: PgBoss } = await import("pg-boss");
  await withDatabase("bench_jobs_pgboss", async (url) => {
    const boss = new PgBoss({ connectionString: url, max: 10 });
    boss.on("error", (e) => console.error("pg-boss:", e.message));
    await measure(`pg-boss 10 on PostgreSQL (batchSize ${batchSize}, ${workers} workers, polling 0.5 s)`, {
      start: async (onJob) => {
        await boss.start();
        await boss.createQueue("noop");
        for (let w = 0; w < workers; w++) {
          await boss.work("noop", { batchSize, pollingIntervalSeconds: 0.5 }, async (jobs) => jobs.forEach((j) => onJob(j.data)));
        }
      },
      enqueueMany: async (n) => {
        for (let i = 0; i < n; i += 500) await boss.insert(Array.from({ length: Math.min(500, n - i) }, () => ({ name: "noop", data: {} })));
      },
      enqueueOne: (data) => boss.send("noop", data),
      stop: () => boss.stop({ graceful: true, wait: true }),
    });
  });
}

async function graphileOnPostgres() {
  const { run, makeWorkerUtils } = await import("graphile-worker");
  await withDatabase("bench_jobs_graphile", async (url) => {
    const pgPool = new pg.Pool({ connectionString: url, max: 10 });
    pgPool.on("error", () => {});
    const utils = await makeWorkerUtils({ pgPool });
    await utils.migrate();
    let runner;
    await measure("graphile-worker 0.17 on PostgreSQL (concurrency 4, LISTEN/NOTIFY)", {
      start: async (onJob) => {
        runner = await run({
          pgPool,
          concurrency: 4,
          noHandleSignals: true,
          pollInterval: 2000,
          logger: new (await import("graphile-worker")).Logger(() => () => {}),
          taskList: { noop: async (payload) => onJob(payload) },
        });
      },
      enqueueMany: async (n) => {
        for (let i = 0; i < n; i += 500) await utils.addJobs(Array.from({ length: Math.min(500, n - i) }, () => ({ identifier: "noop", payload: {} })));
      },
      enqueueOne: (payload) => utils.addJob("noop", payload),
      stop: async () => {
        await runner.stop();
        await utils.release();
        await pgPool.end();
      },
    });
  });
}

/** PGlite has no pool and no socket; pg-boss accepts any `db` with executeSql(text, values). */
function pgliteDb(client) {
  return {
    executeSql: async (text, values) =>
      values?.length ? client.query(text, values) : (await client.exec(text)).at(-1) ?? { rows: [] },
  };
}

async function pgBossOnPglite() {
  const { default: PgBoss } = await import("pg-boss");
  const client = new PGlite("memory://");
  const boss = new PgBoss({ db: pgliteDb(client), supervise: true, schedule: false });
  boss.on("error", (e) => console.error("pg-boss on PGlite:", e.message));
  const saved = { N, M };
  try {
    await measure("pg-boss 10 on PGlite via a 6-line executeSql adapter", {
      start: async (onJob) => {
        await boss.start();
        await boss.createQueue("noop");
        await boss.work("noop", { batchSize: 20, pollingIntervalSeconds: 0.5 }, async (jobs) => jobs.forEach((j) => onJob(j.data)));
      },
      enqueueMany: async (n) => {
        for (let i = 0; i < n; i += 500) await boss.insert(Array.from({ length: Math.min(500, n - i) }, () => ({ name: "noop", data: {} })));
      },
      enqueueOne: (data) => boss.send("noop", data),
      stop: () => boss.stop({ graceful: true, wait: true }),
    });
  } catch (error) {
    console.log(`pg-boss on PGlite: does not run: ${error.message}`, saved);
  } finally {
    await client.close();
  }
}

async function graphileOnPglite() {
  const { run } = await import("graphile-worker");
  // Its options are a connection string or a pg.Pool: it needs real connections (one held for
  // LISTEN, others for its queries), which PGlite, a single in-process session, does not offer.
  const client = new PGlite("memory://");
  try {
    const runner = await Promise.race([
      run({ pgPool: /** @type {any} */ ({ connect: async () => Object.assign(client, { release() {} }), on() {}, removeListener() {}, listeners: () => [], query: (t, v) => client.query(t, v), end() {} }), concurrency: 1, noHandleSignals: true, taskList: { noop: async () => {} } }),
      sleep(10_000).then(() => {
        throw new Error("did not start within 10 s");
      }),
    ]);
    await runner.stop();
    console.log("graphile-worker on PGlite (PGlite passed off as a pg.Pool): started");
  } catch (error) {
    console.log(`graphile-worker on PGlite (PGlite passed off as a pg.Pool): does not run: ${error.message.split("\n")[0]}`);
  } finally {
    await client.close().catch(() => {});
  }
}

await pgBossOnPostgres({ batchSize: 20, workers: 2 });
await pgBossOnPostgres({ batchSize: 100, workers: 4 });
await graphileOnPostgres();
await pgBossOnPglite();
await graphileOnPglite();
process.exit(0);
