#!/usr/bin/env node
// CSV import benchmark (issue 21): 10,000 candidates must import in under 10 s. Prints how long the
// preview (read, map, check every row) and the import (the same, then one transaction: candidates,
// applications to a job, audit entry) take for a 10,000-row file, first into an empty organisation,
// then again over the same people ("merge").
//
//   node bench/csv-import.mjs        ROWS=10000 BENCH_DATABASE=candor_bench_csv_import node bench/csv-import.mjs
//
// Creates its own Postgres database on DATABASE_URL's server (default postgres://postgres@127.0.0.1:5432/postgres),
// migrates it, and drops it at the end. 127.0.0.1 only. Not a test: it prints figures.
import { spawn } from "node:child_process";
import pg from "pg";

const serverUrl = new URL(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
if (!["127.0.0.1", "localhost"].includes(serverUrl.hostname)) throw new Error("benchmarks run against 127.0.0.1 only");
const database = process.env.BENCH_DATABASE ?? "candor_bench_csv_import";
if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error("BENCH_DATABASE: lower-case letters, digits and _ only");
const admin = new pg.Client({ connectionString: serverUrl.toString() });
await admin.connect();
await admin.query(`drop database if exists ${database} with (force)`);
await admin.query(`create database ${database}`);
const benchUrl = new URL(serverUrl);
benchUrl.pathname = `/${database}`;
try {
  const code = await new Promise((resolve) =>
    spawn("npx", ["tsx", "--conditions=react-server", "bench/csv-import-timer.mts"], {
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: benchUrl.toString(), AUTH_SECRET: "bench-secret-0123456789abcdefghijklmnopqrstuv" },
    }).on("exit", resolve),
  );
  process.exitCode = code ?? 1;
} finally {
  await admin.query(`drop database if exists ${database} with (force)`);
  await admin.end();
}
