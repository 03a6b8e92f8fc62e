#!/usr/bin/env node
// Server time of stage moves on a job with 5,000 applications: real moves through the
// moveApplicationsAction server action over HTTP (session check, version-guarded UPDATE, event rows, one
// transaction), timed from request to response on 127.0.0.1, so the figures include HTTP and the session
// lookup: bulk moves of 200 cards, then single-card moves. Then bench/move-query.ts calls the move
// directly and counts the statements one move sends (for 200 cards and for 20: the count must not grow
// with the number of cards). Target: p95 < 30 ms for one card.
//
//   npx next build && node bench/move.mjs [--bulk 20] [--moves 300] [--port 3120]
//
// Creates and drops its own Postgres database (candor_bench_move); starts and stops its own server by PID.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import pg from "pg";
import { chromium, percentile, signIn, startBench } from "./board-setup.mjs";

const { values: args } = parseArgs({ options: { bulk: { type: "string", default: "20" }, moves: { type: "string", default: "300" }, port: { type: "string", default: "3120" } } });
const moves = Math.min(Number(args.moves), 2000);
const bulkMoves = Math.min(Number(args.bulk), 200);

const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8"));
const [actionId] = Object.entries(manifest.node).find(
  ([, a]) => a.exportedName === "moveApplicationsAction",
);

const { base, job, stop, databaseUrl } = await startBench({ name: "move", port: Number(args.port) });
const browser = await chromium();
try {
  const page = await browser.newPage();
  await signIn(page, base);
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");

  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const { rows } = await db.query("select id, version from applications where job_id = $1 and stage_id = $2 order by random() limit 320", [job.id, job.stages[0]]);
  await db.end();
  const versions = new Map(rows.map((r) => [r.id, r.version]));

  async function move(applicationIds, toStageId) {
    const started = performance.now();
    const response = await fetch(`${base}/jobs/${job.id}/pipeline`, {
      method: "POST",
      headers: { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Cookie: cookie },
      body: JSON.stringify([{ jobId: job.id, toStageId, applications: applicationIds.map((applicationId) => ({ applicationId, version: versions.get(applicationId) })) }]),
    });
    const body = await response.text();
    const elapsed = performance.now() - started;
    const line = body.split("\n").find((l) => l.startsWith("1:"));
    const result = line && !line.startsWith("1:E") ? JSON.parse(line.slice(2)) : null;
    if (!result?.ok || result.data.length !== applicationIds.length) throw new Error(`move failed: ${body.slice(0, 300)}`);
    for (const moved of result.data) versions.set(moved.applicationId, moved.version);
    return elapsed;
  }

  // 200 applicants from Applied moved together to Interview, then Screen, then Interview...: every card really moves.
  const bulk = [...versions.keys()].slice(0, 200);
  await move(bulk, job.stages[1]);
  const bulkTimes = [];
  for (let i = 0; i < bulkMoves; i++) bulkTimes.push(await move(bulk, job.stages[i % 2 === 0 ? 2 : 1]));
  console.log(`${bulkMoves} bulk moves of 200 cards over HTTP through moveApplicationsAction`);
  console.log(`round trip (ms): median ${percentile(bulkTimes, 50).toFixed(1)}, p95 ${percentile(bulkTimes, 95).toFixed(1)}, max ${Math.max(...bulkTimes).toFixed(1)}`);

  // Single applicants, back and forth the same way.
  const [warmUp, ids] = [[...versions.keys()].slice(200, 220), [...versions.keys()].slice(220)];
  for (const id of warmUp) await move([id], job.stages[1]);
  const times = [];
  for (let i = 0; i < moves; i++) {
    const round = Math.floor(i / ids.length);
    times.push(await move([ids[i % ids.length]], job.stages[round % 2 === 0 ? 2 : 1]));
  }
  console.log(`${moves} moves over HTTP through moveApplicationsAction on a job with 5,000 applications`);
  console.log(`round trip (ms): median ${percentile(times, 50).toFixed(1)}, p95 ${percentile(times, 95).toFixed(1)}, p99 ${percentile(times, 99).toFixed(1)}, max ${Math.max(...times).toFixed(1)} (target p95 < 30)`);

  // The same work without HTTP and the session lookup, timed and its statements counted in its own process.
  spawnSync("npx", ["tsx", "--conditions", "react-server", "bench/move-query.ts", String(bulkMoves), String(moves)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, BENCH_JOB_ID: job.id },
    stdio: ["ignore", "inherit", "inherit"],
  });
} finally {
  await browser.close();
  await stop();
}
