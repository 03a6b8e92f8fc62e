import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";

/** Starts the built app (server.mjs, as `npm start` does) with `env` and collects what it prints until it exits (or 30 s pass). */
function startApp(env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ["server.mjs", "-p", "0"], {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

test.describe("start-up configuration errors", () => {
  test("an unreachable database prints one clear line and exits non-zero", async () => {
    const { code, stderr } = await startApp({ DATABASE_URL: "postgres://nobody@127.0.0.1:1/x", AUTH_SECRET: "x".repeat(40) });
    expect(code).not.toBe(0);
    const lines = stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(
      "candor: Cannot reach the database at 127.0.0.1:1: connection refused. Is PostgreSQL running, and is DATABASE_URL right?",
    );
  });

  test("a malformed DATABASE_URL is named", async () => {
    const { code, stderr } = await startApp({ DATABASE_URL: "mysql://localhost/x", AUTH_SECRET: "x".repeat(40) });
    expect(code).not.toBe(0);
    expect(stderr.trim()).toBe(
      "candor: Invalid configuration: DATABASE_URL must be a URL like postgres://user:password@host:5432/database",
    );
  });

  test("a bad TRUSTED_PROXIES is named", async () => {
    const { code, stderr } = await startApp({ TRUSTED_PROXIES: "nginx", AUTH_SECRET: "x".repeat(40), PGLITE_DATA_DIR: "memory://" });
    expect(code).not.toBe(0);
    expect(stderr.trim()).toBe(
      'candor: Invalid configuration: TRUSTED_PROXIES must be a hop count like 1, or addresses and CIDR ranges separated by commas like 10.0.0.0/8,192.168.1.5 ("nginx" is neither)',
    );
  });

  test("a missing AUTH_SECRET in production is named", async () => {
    const { code, stderr } = await startApp({ AUTH_SECRET: "", PGLITE_DATA_DIR: "memory://" });
    expect(code).not.toBe(0);
    expect(stderr.trim()).toBe(
      "candor: Invalid configuration: AUTH_SECRET is required in production (generate one with: openssl rand -base64 33)",
    );
  });
});
