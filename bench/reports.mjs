#!/usr/bin/env node
// The reports' queries at scale: 100,000 applications on 50 jobs with 500,000 stage events (and their
// self-identification, 10,000 scorecards, 10,000 offers), timing every report query as the page runs it: median and
// p95 per query, target p95 < 300 ms. No server or browser: bench/reports-query.ts calls the use cases.
//
//   node bench/reports.mjs [--runs 20] [--keep] [--database reports_bench]
//
// Uses its own database, reports_bench (or --database) on DATABASE_URL's server (default
// postgres://postgres@127.0.0.1:5432), recreated and migrated each run (--keep skips recreating and seeding
// when it is already seeded; it still applies any new migrations).
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import pg from "pg";

const { values: args } = parseArgs({
  options: { runs: { type: "string", default: "20" }, keep: { type: "boolean", default: false }, database: { type: "string", default: "reports_bench" } },
});
if (!/^[a-z_][a-z0-9_]*$/.test(args.database)) throw new Error("--database takes a plain lower-case database name");
const runs = Math.min(Number(args.runs), 200);
const server = new URL(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
const benchUrl = new URL(server);
benchUrl.pathname = `/${args.database}`;

const APPLICATIONS = 100_000;
const EVENTS_PER_APPLICATION = 5;
const JOBS = 50;

function migrate() {
  const migrated = spawnSync("npx", ["tsx", "scripts/db.ts", "migrate"], { env: { ...process.env, DATABASE_URL: benchUrl.toString() }, stdio: "inherit" });
  if (migrated.status !== 0) throw new Error("migrations failed");
}

/** As autovacuum would have left a live database: statistics, and a visibility map for index-only scans. */
async function settle(client) {
  await client.query("vacuum analyze");
}

/** A kept database: migrations added since it was seeded (their tables filled by the migration), settled. */
async function update() {
  migrate();
  const client = new pg.Client({ connectionString: benchUrl.toString() });
  await client.connect();
  await settle(client);
  await client.end();
}

async function seed() {
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query(`drop database if exists ${args.database} with (force)`);
  await admin.query(`create database ${args.database}`);
  await admin.end();
  migrate();

  const client = new pg.Client({ connectionString: benchUrl.toString() });
  await client.connect();
  const started = performance.now();
  await client.query(`
    insert into organizations (slug, name) values ('bench', 'Bench');
    insert into users (email, name) select 'member-' || n || '@bench.test', 'Member ' || n from generate_series(1, 20) n;
    insert into memberships (organization_id, user_id, role)
      select (select id from organizations), id, case when email = 'member-1@bench.test' then 'admin' when email = 'member-2@bench.test' then 'hiring_manager' else 'recruiter' end::member_role from users;
    insert into jobs (organization_id, slug, title, department, status, published_at, created_at)
      select (select id from organizations), 'job-' || n, 'Job ' || n, 'Department ' || (n % 5), 'open', now() - interval '400 days', now() - interval '420 days'
      from generate_series(1, ${JOBS}) n;
    insert into job_stages (organization_id, job_id, name, kind, position)
      select j.organization_id, j.id, initcap(k.kind::text), k.kind, k.position
      from jobs j cross join (values ('applied'::stage_kind, 0), ('screen', 1), ('interview', 2), ('offer', 3), ('hired', 4)) k(kind, position);
    insert into job_members (organization_id, job_id, user_id, role)
      select j.organization_id, j.id, u.id, 'hiring_manager' from jobs j, users u where u.email = 'member-2@bench.test' and j.slug in ('job-1', 'job-2', 'job-3');
  `);
  // Applications: furthest stage 1..5 spread like a real funnel (half stop at Applied, 2 % hired).
  await client.query(`
    create temporary table plan as
      select n, (select id from organizations) as organization_id,
        n % ${JOBS} as job_index,
        case when n % 100 < 50 then 1 when n % 100 < 75 then 2 when n % 100 < 90 then 3 when n % 100 < 98 then 4 else 5 end as furthest,
        now() - (n % 365) * interval '1 day' - (n % 24) * interval '1 hour' as applied_at
      from generate_series(1, ${APPLICATIONS}) n;
    insert into candidates (organization_id, email, name, created_at)
      select organization_id, 'candidate-' || n || '@bench.test', 'Candidate ' || n, applied_at from plan;
    with numbered_jobs as (select id, row_number() over (order by slug) - 1 as job_index from jobs)
    insert into applications (organization_id, job_id, candidate_id, stage_id, status, source, source_details, stage_entered_at, created_at)
      select p.organization_id, nj.id, c.id, s.id,
        case when p.furthest = 5 then 'hired' when p.n % 3 = 0 then 'rejected' else 'active' end::application_status,
        (array['Careers page', 'LinkedIn', 'Referral', 'Indeed', 'newsletter'])[1 + p.n % 5],
        case when p.n % 5 = 4 then jsonb_build_object('utm', jsonb_build_object('source', 'newsletter', 'medium', 'email', 'campaign', 'c' || (p.n % 12))) else '{}'::jsonb end,
        p.applied_at + (p.furthest - 1) * interval '3 days', p.applied_at
      from plan p
      join numbered_jobs nj on nj.job_index = p.job_index
      join candidates c on c.email = 'candidate-' || p.n || '@bench.test'
      join job_stages s on s.job_id = nj.id and s.position = p.furthest - 1;
  `);
  // Exactly five events per application: entering each stage reached (and the hire), then other history.
  await client.query(`
    insert into application_events (organization_id, application_id, type, from_stage_id, to_stage_id, created_at)
      select a.organization_id, a.id,
        case when k.i = 1 then 'applied' when k.i <= f.furthest then 'moved' else 'scorecard_submitted' end::application_event_type,
        null,
        case when k.i <= f.furthest then (select id from job_stages s where s.job_id = a.job_id and s.position = k.i - 1) end,
        a.created_at + (k.i - 1) * interval '3 days' + interval '1 minute'
      from applications a
      cross join lateral (select position + 1 as furthest from job_stages where id = a.stage_id) f
      cross join generate_series(1, ${EVENTS_PER_APPLICATION}) k(i);
    insert into application_events (organization_id, application_id, type, to_stage_id, created_at)
      select a.organization_id, a.id, 'hired', a.stage_id, a.stage_entered_at from applications a where a.status = 'hired';
    insert into self_identifications (application_id, organization_id, gender, ethnicity, veteran_status, disability)
      select id, organization_id,
        (array['woman', 'man', 'non_binary', 'decline', null])[1 + abs(hashtext(id::text)) % 5],
        (array['white', 'black', 'asian', 'hispanic_latino', 'decline', null])[1 + abs(hashtext(id::text || 'e')) % 6],
        (array['protected_veteran', 'not_veteran', 'decline'])[1 + abs(hashtext(id::text || 'v')) % 3],
        (array['yes', 'no', 'decline'])[1 + abs(hashtext(id::text || 'd')) % 3]
      from applications where abs(hashtext(id::text)) % 10 < 8;
  `);
  await client.query(`
    with picked as (select a.id, a.organization_id, a.created_at, row_number() over (order by a.id) as n from applications a
      join job_stages s on s.id = a.stage_id where s.position >= 2 limit 10000)
    , made as (
      insert into interviews (organization_id, application_id, title, starts_at, ends_at, time_zone)
      select organization_id, id, 'Interview', created_at + interval '4 days', created_at + interval '4 days 1 hour', 'UTC' from picked returning id, application_id, ends_at)
    insert into scorecards (organization_id, interview_id, application_id, author_user_id, status, overall, submitted_at)
      select (select id from organizations), m.id, m.application_id,
        (select id from users where email = 'member-' || (3 + abs(hashtext(m.id::text)) % 18) || '@bench.test'),
        'submitted', (array['strong_no', 'no', 'yes', 'strong_yes'])[1 + abs(hashtext(m.id::text)) % 4]::recommendation,
        m.ends_at + (abs(hashtext(m.id::text)) % 72) * interval '1 hour'
      from made m;
  `);
  // One offer for every application that reached Offer: accepted by the hires, declined by the rejected, waiting for approval otherwise.
  await client.query(`
    insert into offers (organization_id, application_id, status, salary_amount, currency, salary_period, start_date, expires_on, approvers, approval_step, sent_at, responded_at, created_at)
      select a.organization_id, a.id,
        case when a.status = 'hired' then 'accepted' when a.status = 'rejected' then 'declined' else 'pending_approval' end::offer_status,
        60000, 'EUR', 'year', (a.created_at + interval '60 days')::date, (a.created_at + interval '40 days')::date,
        '["hiring_manager", "admin"]'::jsonb, case when a.status = 'active' then 1 else 2 end,
        case when a.status <> 'active' then a.created_at + interval '10 days' end,
        case when a.status <> 'active' then a.created_at + interval '11 days' end,
        a.created_at + interval '9 days'
      from applications a join job_stages s on s.id = a.stage_id where s.position >= 3;
  `);
  await settle(client);
  const { rows } = await client.query(
    "select (select count(*) from applications)::int as applications, (select count(*) from application_events where type <> 'hired')::int as stage_events, (select count(*) from scorecards)::int as scorecards, (select count(*) from offers)::int as offers",
  );
  await client.end();
  console.log(`seeded ${rows[0].applications} applications, ${rows[0].stage_events} stage events (+ the hires' own), ${rows[0].scorecards} scorecards, ${rows[0].offers} offers in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

if (args.keep) await update();
else await seed();
const timed = spawnSync("npx", ["tsx", "--conditions", "react-server", "bench/reports-query.ts", String(runs)], {
  env: { ...process.env, DATABASE_URL: benchUrl.toString() },
  stdio: ["ignore", "inherit", "inherit"],
});
process.exit(timed.status ?? 1);
