// Fault test: does one hostile upload stall Candor for everyone? Sends an application whose resume is a
// 0.9 MB PDF holding 400 MB of deflated text drawing, then times a health check every 100 ms for 30 s
// while the server reads (or gives up reading) that resume's text.
//
//   npm run build && npx tsx bench/hostile-upload.mts
//
// Starts its own production server on 127.0.0.1 against a fresh Postgres database (DATABASE_URL's
// server, default postgres://postgres@127.0.0.1:5432/postgres), stops it by PID and drops the database.
// Bounded: one application, 300 health checks at most. Measured (Nov 2026, 2 cores): with documents parsed
// in the server's own thread, 5 health checks in 30 s, one stalled 58 s and then failed; with the worker
// threads of lib/applications/document-reader.ts, 282 checks, p99 25 ms, the read stopped at its 20 s limit.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { pdfWithContent, textDrawing } from "../test/pdf";
// @ts-expect-error a plain-JavaScript helper shared with bench/applications.mjs
import { createBenchDatabase } from "./database.mjs";

const port = 3143;
const base = `http://127.0.0.1:${port}`;
const benchDatabase = await createBenchDatabase("candor_hostile");
const env = { ...process.env, DATABASE_URL: benchDatabase.url, AUTH_SECRET: "bench-secret-0123456789abcdefghijklmnopqrstuv", NEXT_TELEMETRY_DISABLED: "1" };

const seeded = spawn("npx", ["tsx", "scripts/db.ts", "seed"], { env, stdio: "inherit" });
if ((await new Promise((resolve) => seeded.on("exit", resolve))) !== 0) throw new Error("seeding failed");
const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: ["ignore", "ignore", "inherit"] });

try {
  for (let i = 0; ; i++) {
    if (i > 120) throw new Error("server did not become healthy");
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) break;
    await sleep(500);
  }
  // A job whose required questions are all answerable with "yes" or a word, found through the public API.
  const [job] = (await (await fetch(`${base}/api/v1/boards/demo/jobs`)).json()).jobs;
  const detail = await (await fetch(`${base}/api/v1/boards/demo/jobs/${job.id}?questions=true`)).json();
  const form = new FormData();
  for (const [name, value] of Object.entries({ name: "Hostile Upload", email: `hostile-${randomUUID()}@example.com`, consent: "on", idempotencyKey: randomUUID() })) form.set(name, value);
  for (const question of detail.questions.filter((q: { required: boolean; fields: { name: string }[] }) => q.required && q.fields[0]!.name.startsWith("question_"))) {
    const field = question.fields[0];
    form.set(`answers.q_${field.name.slice("question_".length)}`, field.values?.[0]?.label === "Yes" ? "yes" : "Hostile");
  }
  const pdf = pdfWithContent(textDrawing(400_000));
  form.set("resume", new File([new Uint8Array(pdf)], "resume.pdf", { type: "application/pdf" }));
  const submitted = await fetch(`${base}/api/careers/demo/jobs/${job.absolute_url.split("/").pop()}/applications`, { method: "POST", body: form });
  console.log(`hostile resume: ${(pdf.length / 1e6).toFixed(1)} MB PDF; application answered ${submitted.status}`);

  const waits: number[] = [];
  let failed = 0;
  const until = Date.now() + 30_000;
  while (Date.now() < until && waits.length < 300) {
    const started = performance.now();
    if (!(await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(90_000) }).then((r) => r.ok, () => false))) failed++;
    waits.push(performance.now() - started);
    await sleep(100);
  }
  waits.sort((a, b) => a - b);
  const at = (q: number) => waits[Math.min(waits.length - 1, Math.floor(q * waits.length))]!.toFixed(0);
  console.log(`health checks over the next 30 s: ${waits.length}, p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, slowest ${at(1)} ms (failed: ${failed})`);
} finally {
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
  await benchDatabase.drop();
}
