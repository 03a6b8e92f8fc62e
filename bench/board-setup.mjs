// Shared by bench/board.mjs and bench/move.mjs: a fresh Postgres database (created here, dropped at the
// end) with the demo data plus one job holding 5,000 applications, and a production server on
// 127.0.0.1 started and stopped by PID. Build first: `npx next build`.
import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { nextStartArgs } from "./next-start.mjs";

export const BENCH_APPLICATIONS = 5000;
const STAGES = [
  ["Applied", "applied"],
  ["Screen", "screen"],
  ["Interview", "interview"],
  ["Offer", "offer"],
  ["Hired", "hired"],
];

export async function startBench({ name, port }) {
  const serverUrl = new URL(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
  if (!["127.0.0.1", "localhost"].includes(serverUrl.hostname)) throw new Error("benchmarks run against 127.0.0.1 only");
  const database = `candor_bench_${name}`;
  const admin = new pg.Client({ connectionString: serverUrl.toString() });
  await admin.connect();
  await admin.query(`drop database if exists ${database} with (force)`);
  await admin.query(`create database ${database}`);
  const benchUrl = new URL(serverUrl);
  benchUrl.pathname = `/${database}`;
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: benchUrl.toString(),
    AUTH_SECRET: "bench-secret-0123456789abcdefghijklmnopqrstuv",
    APP_URL: base,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  let server;
  const stop = async () => {
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
    }
    await admin.query(`drop database if exists ${database} with (force)`);
    await admin.end();
  };
  try {
    await new Promise((resolve, reject) =>
      spawn("npx", ["tsx", "scripts/db.ts", "seed"], { env, stdio: ["ignore", "ignore", "inherit"] }).on("exit", (code) =>
        code === 0 ? resolve() : reject(new Error(`seed exited ${code}`)),
      ),
    );
    const job = await seedBigJob(benchUrl.toString());
    server = spawn(process.execPath, nextStartArgs(port), { env, stdio: ["ignore", "ignore", "inherit"] });
    for (let i = 0; ; i++) {
      if (i > 120) throw new Error("server did not become healthy");
      if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) break;
      await sleep(500);
    }
    return { base, job, stop, databaseUrl: benchUrl.toString() };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A job in the demo organisation with 5,000 applications spread over its five stages. */
async function seedBigJob(connectionString) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("begin");
    const { rows: [org] } = await client.query("select id from organizations where slug = 'demo'");
    const { rows: [job] } = await client.query(
      "insert into jobs (organization_id, slug, title, status, published_at) values ($1, 'bench-board', 'Bench board', 'open', now()) returning id",
      [org.id],
    );
    const stages = [];
    for (const [i, [stageName, kind]] of STAGES.entries()) {
      const { rows: [stage] } = await client.query(
        "insert into job_stages (organization_id, job_id, name, kind, position) values ($1, $2, $3, $4, $5) returning id",
        [org.id, job.id, stageName, kind, i],
      );
      stages.push(stage.id);
    }
    await client.query(
      `insert into candidates (organization_id, email, name)
       select $1, 'bench-' || g || '@example.com', 'Bench Candidate ' || g from generate_series(1, $2::int) g`,
      [org.id, BENCH_APPLICATIONS],
    );
    // Mostly early stages, as in a real pipeline; hired ones carry the hired status.
    await client.query(
      `insert into applications (organization_id, job_id, candidate_id, stage_id, status, source, stage_entered_at, created_at)
       select $1, $2, c.id, s.stage_id, case when s.pos = 5 then 'hired'::application_status else 'active' end,
              (array['careers page', 'referral', 'linkedin'])[1 + n % 3], now() - n * interval '7 minutes', now() - n * interval '9 minutes'
       from (select id, row_number() over (order by email) as n from candidates where organization_id = $1 and email like 'bench-%') c
       cross join lateral (select case when c.n % 100 < 55 then 1 when c.n % 100 < 80 then 2 when c.n % 100 < 93 then 3 when c.n % 100 < 98 then 4 else 5 end as pos) p
       cross join lateral (select ($3::uuid[])[p.pos] as stage_id, p.pos) s`,
      [org.id, job.id, stages],
    );
    await client.query("commit");
    await client.query("analyze");
    return { id: job.id, stages };
  } finally {
    await client.end();
  }
}

export async function signIn(page, base, email = "recruiter@example.com") {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("candor-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByTestId("organization-name").waitFor();
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const chromium = async () => {
  const { chromium: browserType } = await import("@playwright/test");
  return browserType.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium-headless-shell", args: ["--no-sandbox", "--disable-gpu"] });
};
