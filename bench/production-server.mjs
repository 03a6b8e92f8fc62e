// The production server (server.mjs, as `npm start` runs it) for benchmarks that start their own, on a
// fresh embedded database under .data/bench unless DATABASE_URL names one; and a wait for an address.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { nextStartArgs } from "./next-start.mjs";

const root = path.join(import.meta.dirname, "..");

/** Starts the server on 127.0.0.1:`port`; the caller stops it (child.kill()). */
export function startProductionServer(port, name) {
  const dataDir = path.join(root, ".data/bench");
  if (!process.env.DATABASE_URL) rmSync(dataDir, { recursive: true, force: true });
  const child = spawn(process.execPath, nextStartArgs(port), {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PGLITE_DATA_DIR: process.env.PGLITE_DATA_DIR ?? dataDir,
      AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-only-secret-0123456789abcdefghijklmnop",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  console.log(`${name}: started the production server (pid ${child.pid}) on http://127.0.0.1:${port}`);
  return child;
}

/** Resolves once `url` answers 2xx; fails when `child` exits first or `timeoutMs` passes. */
export async function waitFor(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${url.origin}: the server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no server answering ${url.href} within ${timeoutMs / 1000} s`);
}

/** Stops a child process this benchmark started, by its id. */
export function stop(child, name, what) {
  if (child && child.exitCode === null) {
    child.kill("SIGTERM");
    console.log(`${name}: stopped ${what} (pid ${child.pid})`);
  }
}

/** The options that choose the server: --url (one you started), or --start on --port (started here). */
export const serverOptions = (port) => ({
  url: { type: "string" },
  start: { type: "boolean", default: false },
  port: { type: "string", default: String(port) },
});

/**
 * Runs `measure(baseUrl, server)` against the server the options name (started and stopped here with
 * --start), 127.0.0.1 only; the exit code is 0 when it returns true (targets met), 1 when false, 2 on an error.
 */
export async function withBenchServer(name, options, measure) {
  const baseUrl = new URL(options.url ?? `http://127.0.0.1:${options.port}`);
  if (baseUrl.hostname !== "127.0.0.1") {
    console.error(`${name}: refusing ${baseUrl.origin}; this benchmark only targets 127.0.0.1.`);
    process.exitCode = 2;
    return;
  }
  let server;
  try {
    if (options.start) server = startProductionServer(baseUrl.port, name);
    await waitFor(new URL("/api/health", baseUrl), server, server ? 120_000 : 5_000);
    process.exitCode = (await measure(baseUrl, server)) ? 0 : 1;
  } catch (error) {
    console.error(`${name}: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 2;
  } finally {
    stop(server, name, "the production server");
  }
}
