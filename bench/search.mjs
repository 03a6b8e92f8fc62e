#!/usr/bin/env node
// Candidate search benchmark: 100,000 candidates with resume text in one organisation, then
// (a) the search query function's own time over 200 varied searches (names, misspelt names, emails,
//     phone fragments, resume words), and
// (b) the server time of GET /candidates?q=… for a signed-in recruiter against the production server (server.mjs).
// Target: p95 < 30 ms.
//
//   npm run build && node bench/search.mjs [--candidates 100000] [--port 3140] [--requests 400]
//
// Creates its own Postgres database on DATABASE_URL's server (default postgres://postgres@127.0.0.1:5432/postgres),
// migrates and seeds it with the app's own scripts, starts its own server on 127.0.0.1, stops it by PID and
// drops the database. Bounded in count; targets 127.0.0.1 only. Not a test: it prints figures.
import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { nextStartArgs } from "./next-start.mjs";

const { values: args } = parseArgs({
  options: {
    candidates: { type: "string", default: "100000" },
    port: { type: "string", default: "3140" },
    requests: { type: "string", default: "400" },
    "keep-database": { type: "boolean", default: false },
    // Reuse the data a run with --keep-database left (skips the minutes of generating it).
    "reuse-database": { type: "boolean", default: false },
  },
});
const candidateCount = Math.min(Number(args.candidates), 1_000_000);
const port = Number(args.port);
const requestCount = Math.min(Number(args.requests), 5_000);
const base = `http://127.0.0.1:${port}`;

const serverUrl = new URL(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
const database = "candor_bench_search";
const admin = new pg.Client({ connectionString: serverUrl.toString() });
await admin.connect();
const reuse = args["reuse-database"] && (await admin.query(`select 1 from pg_database where datname = $1`, [database])).rowCount > 0;
if (!reuse) {
  await admin.query(`drop database if exists ${database} with (force)`);
  await admin.query(`create database ${database}`);
}
const benchUrl = new URL(serverUrl);
benchUrl.pathname = `/${database}`;

const env = {
  ...process.env,
  DATABASE_URL: benchUrl.toString(),
  AUTH_SECRET: "bench-secret-0123456789abcdefghijklmnopqrstuv",
  NEXT_TELEMETRY_DISABLED: "1",
  SIGN_IN_RATE_LIMIT: "1000",
};
const run = (cmd, argv, options = {}) =>
  new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { env: { ...env, ...options.env }, stdio: ["ignore", options.capture ? "pipe" : "inherit", "inherit"] });
    let out = "";
    child.stdout?.on("data", (chunk) => (out += chunk));
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} exited ${code}`))));
  });

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const summary = (times) => {
  const sorted = [...times].sort((a, b) => a - b);
  const f = (v) => v.toFixed(1);
  return `p50 ${f(percentile(sorted, 50))} ms, p95 ${f(percentile(sorted, 95))} ms, p99 ${f(percentile(sorted, 99))} ms, max ${f(sorted.at(-1))} ms (n=${sorted.length})`;
};

// Vocabulary for names and resumes; resume words are drawn with a skew so some are common and most rare,
// as in real resumes.
const firstNames = "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy Matthew Betty Anthony Margaret Mark Sandra Donald Ashley Steven Kimberly Paul Emily Andrew Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Dorothy George Melissa Timothy Deborah Ronald Stephanie Edward Rebecca Jason Sharon Jeffrey Laura Ryan Cynthia Jacob Kathleen Gary Amy Nicholas Angela Eric Shirley Jonathan Anna Stephen Brenda Larry Pamela Justin Emma Scott Nicole Brandon Helen Benjamin Samantha Samuel Katherine Gregory Christine Alexander Debra Frank Rachel Patrick Carolyn Raymond Janet Jack Catherine Dennis Maria Jerry Heather Tyler Diane Aaron Ruth Jose Julie Adam Olivia Nathan Joyce Henry Virginia Douglas Victoria Zachary Kelly Peter Lauren Kyle Christina Priya Arjun Mei Wei Hiroshi Yuki Fatima Omar Ingrid Lars Sofia Mateo Chiara Luca Aoife Siobhan Nkechi Chidi Olga Dmitri Anika Jonas".split(" ");
const lastNames = "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Johansson Lindqvist Kowalski Nowak Novak Horvat Rossi Ferrari Esposito Bianchi Romano Muller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Dubois Moreau Laurent Lefebvre Okafor Adeyemi Mensah Tanaka Suzuki Takahashi Watanabe Yamamoto Chen Wang Zhang Liu Singh Kumar Sharma Gupta Raman Iyer Murray Doherty Byrne Ivanov Petrov".split(" ");
const resumeWords = (
  "experience team project development management software engineering design data analysis customer product business " +
  "leadership communication strategy operations process improvement stakeholder delivery quality research testing " +
  "python java javascript typescript react node postgres mysql kubernetes docker terraform aws azure gcp linux golang rust " +
  "scala kotlin swift android ios graphql rest microservices kafka spark hadoop airflow tableau excel powerpoint salesforce " +
  "marketing sales finance accounting recruiting onboarding compliance security privacy gdpr audit budgeting forecasting " +
  "negotiation mentoring coaching hiring agile scrum kanban jira confluence figma sketch prototyping usability accessibility " +
  "frontend backend fullstack devops sre observability monitoring prometheus grafana elasticsearch redis rabbitmq nginx " +
  "machine learning statistics pytorch tensorflow pandas numpy regression forecasting nlp vision recommendation ranking " +
  "led built designed launched scaled migrated reduced improved automated owned shipped managed maintained optimised " +
  "university degree bachelor master phd certificate course bootcamp volunteer award publication patent conference speaker " +
  "london berlin paris amsterdam dublin madrid lisbon stockholm warsaw zurich remote hybrid startup enterprise consultancy " +
  "healthcare fintech ecommerce logistics education gaming media telecom energy automotive insurance banking retail travel " +
  "payments billing invoicing search infrastructure platform mobile web api sdk cli database warehouse pipeline etl reporting " +
  "latency throughput reliability availability incident postmortem oncall migration refactoring architecture review " +
  "cobol fortran haskell erlang elixir clojure ocaml perl php ruby rails django flask spring dotnet csharp cplusplus embedded " +
  "firmware robotics hardware fpga verilog networking routing firewall cryptography blockchain solidity ethereum bioinformatics"
).split(" ");

try {
  if (!reuse) {
    console.log(`preparing ${candidateCount.toLocaleString("en")} candidates in ${database}…`);
    await run("npx", ["tsx", "scripts/db.ts", "seed"]);
  }
  const db = new pg.Client({ connectionString: benchUrl.toString() });
  await db.connect();
  const { rows: [org] } = await db.query(`select id from organizations where slug = 'demo'`);
  if (!reuse) await generate(db, org);
  // 200 varied searches, drawn from the data itself.
  const sample = async (sql, params = []) => (await db.query(sql, params)).rows;
  const people = await sample(`select name, email, phone from candidates where organization_id = $1 and email like '%@example.com' order by md5(id::text) limit 160`, [org.id]);
  const misspell = (name, i) => {
    const chars = [...name];
    const at = 1 + (i % (chars.length - 3));
    if (i % 2) [chars[at], chars[at + 1]] = [chars[at + 1], chars[at]];
    else chars.splice(at, 1);
    return chars.join("");
  };
  const tagged = (kind, list) => list.map((q) => ({ kind, q }));
  const queries = [
    ...tagged("name", people.slice(0, 40).map((p) => p.name)),
    ...tagged("misspelt name", people.slice(40, 80).map((p, i) => misspell(p.name, i))),
    ...tagged("email", [...people.slice(80, 100).map((p) => p.email), ...people.slice(100, 115).map((p) => p.email.split("@")[0].slice(0, 10))]),
    ...tagged("phone", people.slice(115, 145).map((p, i) => (i % 2 ? p.phone.slice(-6) : p.phone.replace(/\D/g, "")))),
    ...tagged("resume words", [
      ...resumeWords.filter((_, i) => i % 5 === 0).slice(0, 40),
      ...Array.from({ length: 15 }, (_, i) => `${resumeWords[i * 7]} ${resumeWords[100 + i * 11]}`),
    ]),
  ];
  console.log(`queries: ${queries.length} (40 names, 40 misspelt names, 35 emails and email starts, 30 phone fragments, 55 resume words)`);

  // (a) The real query function, loaded through tsx, with the server-only guard satisfied.
  const timings = JSON.parse(
    await run("npx", ["tsx", "--conditions=react-server", "bench/search-timer.ts"], {
      capture: true,
      env: { BENCH_ORG: org.id, BENCH_QUERIES: JSON.stringify(queries) },
    }),
  );
  console.log(`\n(a) searchCandidates() as a recruiter, page 1 with count and excerpts: ${summary(timings.all)}`);
  for (const [kind, times] of Object.entries(timings.byKind)) console.log(`    ${kind.padEnd(14)} ${summary(times)}`);

  // (b) The page over HTTP, signed in as the demo recruiter.
  const server = spawn(process.execPath, nextStartArgs(port), {
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    for (let i = 0; ; i++) {
      if (i > 120) throw new Error("server did not become healthy");
      if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) break;
      await sleep(500);
    }
    const cookie = await signIn("recruiter@example.com", "candor-demo");
    const check = await fetch(`${base}/candidates?q=${encodeURIComponent(people[0].name)}`, { headers: { cookie } });
    const html = await check.text();
    if (!check.ok || !html.includes("found")) throw new Error(`search page did not answer as expected (${check.status})`);
    // The floor: the same page for a search that matches nothing, so the difference is the search's share.
    const floor = await autocannon({ url: `${base}/candidates?q=zzqxj`, connections: 1, amount: Math.min(requestCount, 100), headers: { cookie } });
    console.log(`\n(b) floor: GET /candidates?q=<no match>, 1 connection: p50 ${floor.latency.p50} ms, p97.5 ${floor.latency.p97_5} ms, p99 ${floor.latency.p99} ms`);
    for (const connections of [1, 4]) {
      let i = 0;
      const result = await autocannon({
        url: base,
        connections,
        amount: requestCount,
        headers: { cookie },
        requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: `/candidates?q=${encodeURIComponent(queries[i++ % queries.length].q)}` }) }],
      });
      const l = result.latency;
      console.log(
        `\n(b) GET /candidates?q=… with ${connections} connection${connections > 1 ? "s" : ""}, ${result.requests.total} requests: ` +
          `p50 ${l.p50} ms, p90 ${l.p90} ms, p97.5 ${l.p97_5} ms, p99 ${l.p99} ms, max ${l.max} ms; ${result.requests.average} req/s; ` +
          `non-2xx ${result.non2xx}, errors ${result.errors}`,
      );
    }
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  }
  await db.end();
} finally {
  if (!args["keep-database"]) await admin.query(`drop database if exists ${database} with (force)`);
  await admin.end();
}

/** Candidates, one application each on a demo job, and a resume each: all generated in SQL. */
async function generate(db, org) {
  const started = Date.now();
  // All generated in SQL: a deterministic random sequence, then candidates, one application each on a
  // demo job in a random live stage, and a resume of 80–200 skewed-random words.
  await db.query(`select setseed(0.42)`);
  await db.query(
    `create temp table gen as
     select n,
       ($2::text[])[1 + floor(random() * array_length($2::text[], 1))::int] as first,
       ($3::text[])[1 + floor(random() * array_length($3::text[], 1))::int] as last,
       '+44 7' || lpad((floor(random() * 1000)::int)::text, 3, '0') || ' ' || lpad((floor(random() * 1000000)::int)::text, 6, '0') as phone,
       now() - random() * interval '400 days' as applied_at
     from generate_series(1, $1::int) n`,
    [candidateCount, firstNames, lastNames],
  );
  await db.query(
    `insert into candidates (id, organization_id, name, email, phone, created_at)
     select md5('bench-candidate-' || n)::uuid, $1, first || ' ' || last, lower(first || '.' || last || '.' || n || '@example.com'), phone, applied_at
     from gen`,
    [org.id],
  );
  await db.query(
    `with job_list as (select id, row_number() over (order by id) - 1 as i from jobs where organization_id = $1),
          job_count as (select count(*)::int as c from job_list)
     insert into applications (organization_id, job_id, candidate_id, stage_id, status, created_at, updated_at, stage_entered_at)
     select $1, j.id, md5('bench-candidate-' || g.n)::uuid,
       (select s.id from job_stages s where s.job_id = j.id and s.archived_at is null order by s.position offset (g.n * 7) % 4 limit 1),
       (array['active','active','active','rejected','withdrawn']::application_status[])[1 + g.n % 5],
       g.applied_at, g.applied_at, g.applied_at
     from gen g, job_count jc join job_list j on true
     where j.i = g.n % jc.c`,
    [org.id],
  );
  await db.query(
    `insert into files (organization_id, candidate_id, application_id, kind, original_name, media_type, size_bytes, sha256, storage_key, extracted_text)
     select $1, a.candidate_id, a.id, 'resume', 'resume.pdf', 'application/pdf', 0, md5(a.id::text), 'pg',
       c.name || E'\\n' || c.email || E'\\n' || c.phone || E'\\n' ||
       (select string_agg(($2::text[])[1 + floor(power(random(), 2.2) * array_length($2::text[], 1))::int], ' ')
          from generate_series(1, 80 + (hashtext(a.id::text) & 127)) w where a.id is not null)
     from applications a join candidates c on c.id = a.candidate_id
     where a.organization_id = $1 and c.id in (select md5('bench-candidate-' || n)::uuid from gen)`,
    [org.id, resumeWords],
  );
  await db.query(`vacuum analyze`);
  console.log(`generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);

}

/** Signs in through Auth.js's credentials endpoint and returns the session cookie. */
async function signIn(email, password) {
  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrfResponse.json();
  const csrfCookie = csrfResponse.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${base}/candidates` }),
  });
  const session = response.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.includes("session-token"));
  if (!session) throw new Error(`sign-in failed (${response.status})`);
  return session;
}
