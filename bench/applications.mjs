#!/usr/bin/env node
// Application intake benchmark: how many applications per second Candor accepts with a 300 KB PDF
// resume, then proof that every acknowledged application and its file are in the database.
//
//   npm run build && npx tsx bench/applications.mjs [--seconds 60] [--connections 16] [--pdf resume.pdf]
//
// The resume is test/pdf.ts's resumePdf300kb: a page of text and a photo, compressed as real PDFs are
// (tsx runs this file so it can import that TypeScript).
//
// Starts its own production server on 127.0.0.1 against a fresh Postgres database (DATABASE_URL's
// server, default postgres://postgres@127.0.0.1:5432/postgres), runs for a bounded time, stops the
// server by PID and drops the database. Targets 127.0.0.1 only.
//
// Also prints the CPU time each application cost the Candor server and Postgres (steadier than the
// rate on a shared machine), and how long the server then took to read the resumes' text for search,
// which waits until submissions stop. BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles
// the server.
import { spawn } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { cpuMs, postgresCpuMs } from "./cpu.mjs";
import { createBenchDatabase } from "./database.mjs";
import { resumePdf300kb } from "../test/pdf.ts";
import { nextStartArgs } from "./next-start.mjs";

const { values: args } = parseArgs({
  options: { seconds: { type: "string", default: "60" }, connections: { type: "string", default: "16" }, port: { type: "string", default: "3141" }, pdf: { type: "string" } },
});
const seconds = Math.min(Number(args.seconds), 300);
const connections = Math.min(Number(args.connections), 64);
const port = Number(args.port);
const base = `http://127.0.0.1:${port}`;

const benchDatabase = await createBenchDatabase("candor_bench");
const env = { ...process.env, DATABASE_URL: benchDatabase.url, AUTH_SECRET: "bench-secret-0123456789abcdefghijklmnopqrstuv", APPLY_RATE_LIMIT_PER_HOUR: "100000000", NEXT_TELEMETRY_DISABLED: "1" };
const run = (cmd, argv) => new Promise((resolve, reject) => spawn(cmd, argv, { env, stdio: "inherit" }).on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited ${code}`)))));
await run("npx", ["tsx", "scripts/db.ts", "seed"]);
const server = spawn(process.execPath, nextStartArgs(port, "127.0.0.1", process.env.BENCH_NODE_ARGS ? process.env.BENCH_NODE_ARGS.split(" ") : []), { env, stdio: ["ignore", "ignore", "inherit"] });

try {
  for (let i = 0; ; i++) {
    if (i > 120) throw new Error("server did not become healthy");
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) break;
    await sleep(500);
  }

  // The job and its required question, found through the public API as an integrator would.
  const job = (await (await fetch(`${base}/api/v1/boards/demo/jobs`)).json()).jobs.find((j) => j.absolute_url.endsWith("/engineering-manager-platform"));
  const detail = await (await fetch(`${base}/api/v1/boards/demo/jobs/${job.id}?questions=true`)).json();
  const required = detail.questions.filter((q) => q.required && q.fields[0].name.startsWith("question_"));
  const pdf = args.pdf ? readFileSync(args.pdf) : resumePdf300kb();
  const pdfSha = createHash("sha256").update(pdf).digest("hex");

  function multipart(fields) {
    const boundary = `----candor${randomUUID()}`;
    const parts = [];
    for (const [name, value] of Object.entries(fields)) {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
    }
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="resume"; filename="resume.pdf"\r\nContent-Type: application/pdf\r\n\r\n`), pdf, Buffer.from(`\r\n--${boundary}--\r\n`));
    return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
  }

  const acknowledged = [];
  let refused = 0;
  const cpuBefore = { server: cpuMs(server.pid), postgres: postgresCpuMs() };
  const result = await autocannon({
    url: `${base}/api/careers/demo/jobs/engineering-manager-platform/applications`,
    connections,
    duration: seconds,
    requests: [
      {
        method: "POST",
        setupRequest: (request) => {
          const id = randomUUID();
          const fields = { name: `Bench ${id.slice(0, 8)}`, email: `bench-${id}@example.com`, consent: "on", idempotencyKey: id };
          for (const q of required) fields[`answers.q_${q.fields[0].name.slice("question_".length)}`] = q.fields[0].values[0]?.label === "Yes" ? "yes" : "Bench";
          const { body, contentType } = multipart(fields);
          return { ...request, body, headers: { "content-type": contentType } };
        },
        onResponse: (status, body) => {
          if (status === 201) acknowledged.push(JSON.parse(body).statusUrl);
          else refused++;
        },
      },
    ],
  });

  const cpuPerApplication = (now, before) => (now - before) / Math.max(acknowledged.length, 1);
  const serverCpuAtBurstEnd = cpuMs(server.pid);
  const serverCpu = cpuPerApplication(serverCpuAtBurstEnd, cpuBefore.server);
  const postgresCpu = cpuPerApplication(postgresCpuMs(), cpuBefore.postgres);
  const perSecond = acknowledged.length / seconds;
  console.log(`\napplications acknowledged: ${acknowledged.length} in ${seconds} s = ${perSecond.toFixed(1)}/s (target ≥ 100/s); refused or failed: ${refused}`);
  console.log(`latency ms: p50 ${result.latency.p50}, p99 ${result.latency.p99}, max ${result.latency.max}; errors ${result.errors}, timeouts ${result.timeouts}`);
  console.log(`CPU per application during the burst: Candor server ${serverCpu.toFixed(1)} ms, Postgres ${postgresCpu.toFixed(1)} ms (every postgres process on this machine)`);

  // Every acknowledged application must be stored, with its resume byte for byte: each answer's status link
  // leads (by its hash, as the status page finds it) to an application whose stored bytes hash to the PDF's.
  const check = new pg.Client({ connectionString: benchDatabase.url });
  await check.connect();
  const tokenHashes = acknowledged.map((statusUrl) => createHash("sha256").update(/\/status\/([^?]+)/.exec(statusUrl)[1]).digest("hex"));
  const { rows } = await check.query(
    `select (select count(*)::int from applications a join candidates k on k.id = a.candidate_id and k.email like 'bench-%') as applications,
            count(a.id)::int as acknowledged_stored,
            count(*) filter (where encode(sha256(c.data), 'hex') = $2 and length(c.data) = $3)::int as intact
     from unnest($1::text[]) as h(token_hash)
     left join candidate_access_tokens t on t.token_hash = h.token_hash
     left join applications a on a.candidate_id = t.candidate_id
     left join files f on f.application_id = a.id and f.kind = 'resume'
     left join file_contents c on c.file_id = f.id`,
    [tokenHashes, pdfSha, pdf.length],
  );
  // Resume text is read once the burst is over; wait (bounded) until every file has it.
  const drainStarted = Date.now();
  let pending;
  for (;;) {
    pending = (await check.query("select count(*)::int as n from files where text_pending")).rows[0].n;
    if (pending === 0 || Date.now() - drainStarted > 10 * 60_000) break;
    await sleep(250);
  }
  const drainSeconds = (Date.now() - drainStarted) / 1000;
  const extractionCpu = cpuPerApplication(cpuMs(server.pid), serverCpuAtBurstEnd);
  console.log(
    pending === 0
      ? `resume text read for search ${drainSeconds.toFixed(1)} s after the burst (${(acknowledged.length / drainSeconds).toFixed(0)} files/s, server CPU ${extractionCpu.toFixed(1)} ms per file)`
      : `resume text still pending for ${pending} files after 10 minutes`,
  );
  await check.end();
  const stored = rows[0];
  console.log(
    `stored: ${stored.applications} applications in all; of the ${acknowledged.length} acknowledged, ${stored.acknowledged_stored} found by their status link and ${stored.intact} with the resume's bytes intact (sha256 computed by Postgres)`,
  );
  const ok = stored.acknowledged_stored === acknowledged.length && stored.intact === acknowledged.length;
  console.log(ok ? "every acknowledged application and its file is in the database" : "MISSING DATA: some acknowledged applications or files are not stored");
  process.exitCode = ok ? 0 : 1;
} finally {
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
  await benchDatabase.drop();
}
