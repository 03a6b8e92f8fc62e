#!/usr/bin/env node
// What the fairness report's rollup (fairness_reach, migration 0032) costs the writes that keep it: an
// application made as the apply makes it (candidate, application, self-identification, the `applied` event,
// which raises application_reach) and then moved twice, timed in Postgres with the rollup's triggers on and
// off, alternately, each batch rolled back. Run on bench/reports.mjs's database (100,000 applications).
//
//   node bench/reports.mjs --runs 1 && node bench/fairness-reach-writes.mjs [--applications 2000] [--rounds 3]
import { parseArgs } from "node:util";
import pg from "pg";

const { values: args } = parseArgs({ options: { applications: { type: "string", default: "2000" }, rounds: { type: "string", default: "3" }, database: { type: "string", default: "reports_bench" } } });
if (!/^[a-z_][a-z0-9_]*$/.test(args.database)) throw new Error("--database takes a plain lower-case database name");
const count = Math.min(Number(args.applications), 20_000);
const rounds = Math.min(Number(args.rounds), 10);
const url = new URL(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
url.pathname = `/${args.database}`;

const triggers = [
  ["applications", "applications_fairness_reach_insert"],
  ["applications", "applications_fairness_reach_update"],
  ["application_reach", "application_reach_fairness_reach_insert"],
  ["application_reach", "application_reach_fairness_reach_update"],
  ["self_identifications", "self_identifications_fairness_reach"],
];

const client = new pg.Client({ connectionString: url.toString() });
await client.connect();
await client.query(`create or replace function pg_temp.apply_and_move(k int, tag text) returns void language plpgsql as $$
  declare app uuid; cand uuid; org uuid; job uuid; applied uuid; screen uuid; interview uuid;
  begin
    select id into org from organizations where slug = 'bench';
    select id into job from jobs where organization_id = org order by slug limit 1;
    select id into applied from job_stages where job_id = job and kind = 'applied';
    select id into screen from job_stages where job_id = job and kind = 'screen';
    select id into interview from job_stages where job_id = job and kind = 'interview';
    for i in 1..k loop
      insert into candidates (organization_id, email, name) values (org, tag || i || '@writes.test', 'Writes ' || i) returning id into cand;
      insert into applications (organization_id, job_id, candidate_id, stage_id, status) values (org, job, cand, applied, 'active') returning id into app;
      insert into self_identifications (application_id, organization_id, gender, ethnicity, veteran_status, disability) values (app, org, 'woman', 'asian', 'decline', 'no');
      insert into application_events (organization_id, application_id, type, to_stage_id) values (org, app, 'applied', applied);
      update applications set stage_id = screen where id = app;
      insert into application_events (organization_id, application_id, type, to_stage_id) values (org, app, 'moved', screen);
      update applications set stage_id = interview where id = app;
      insert into application_events (organization_id, application_id, type, to_stage_id) values (org, app, 'moved', interview);
    end loop;
  end $$`);

async function batch(withRollup, round) {
  await client.query("begin");
  if (!withRollup) for (const [table, trigger] of triggers) await client.query(`alter table ${table} disable trigger ${trigger}`);
  const started = performance.now();
  await client.query("select pg_temp.apply_and_move($1, $2)", [count, `r${round}-${withRollup ? "on" : "off"}-`]);
  const ms = performance.now() - started;
  await client.query("rollback");
  return ms / count;
}

const on = [];
const off = [];
for (let round = 0; round < rounds; round++) {
  off.push(await batch(false, round));
  on.push(await batch(true, round));
}
await client.end();
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`${count} applications applied and moved twice, ${rounds} rounds, median per application (Postgres):`);
console.log(`  rollup off ${median(off).toFixed(3)} ms, on ${median(on).toFixed(3)} ms: the rollup adds ${(median(on) - median(off)).toFixed(3)} ms (${((median(on) / median(off) - 1) * 100).toFixed(0)} %)`);
