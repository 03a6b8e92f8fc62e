import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";
import type { IsolatedOrganization } from "@/db/fixtures";

// Issue 15, finding 3, against the production server itself (server.mjs, as `npm start` runs it): Next passes a client's X-Forwarded-For through
// untouched, so only the connection's address recorded at start-up (server/http/client-ip.ts) tells
// clients apart. A server of its own, on its own in-memory database, with the default limits (20
// applications an hour, 50 failed sign-ins in 15 minutes per address): the shared one allows 10,000
// applications, and a locked 127.0.0.1 must not lock every other spec out of signing in.

const resume = { name: "cv.pdf", mimeType: "application/pdf", buffer: readFileSync(path.join(__dirname, "../test/files/resume.pdf")) };

let server: ChildProcess;
let api: APIRequestContext;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = spawn(process.execPath, ["server.mjs", "-p", "0", "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      DATABASE_URL: "",
      PGLITE_DATA_DIR: "memory://",
      AUTH_SECRET: "e2e-only-secret-0123456789abcdefghijklmnop",
      CANDOR_E2E_FIXTURES: "1",
      APPLY_RATE_LIMIT_PER_HOUR: "20",
      TRUSTED_PROXIES: "",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const baseURL = await new Promise<string>((resolve, reject) => {
    let printed = "";
    server.stdout!.on("data", (chunk: Buffer) => {
      printed += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(printed)?.[1];
      if (url) resolve(url.replace("localhost", "127.0.0.1"));
    });
    server.on("exit", (code) => reject(new Error(`the server exited with ${code}: ${printed}`)));
  });
  api = await playwrightRequest.newContext({ baseURL });
  await expect.poll(async () => (await api.get("/api/health").catch(() => null))?.status(), { timeout: 60_000 }).toBe(200);
});

test.afterAll(async () => {
  await api?.dispose();
  server?.kill();
});

test("25 applications with a different X-Forwarded-For each: the 21st and later are refused", async () => {
  const org = (await (await api.post("/api/e2e/fixtures", { data: {} })).json()) as IsolatedOrganization;
  const statuses: number[] = [];
  for (let i = 1; i <= 25; i++) {
    const response = await api.post(`/api/careers/${org.organization.slug}/jobs/${org.job.slug}/applications`, {
      headers: { "x-forwarded-for": `198.51.100.${i}`, "x-real-ip": `198.51.100.${i}`, "x-candor-peer-address": `198.51.100.${i}` },
      multipart: { name: "Rotating Header", email: `rotate-${i}-${randomUUID()}@example.com`, resume, consent: "on", idempotencyKey: randomUUID() },
    });
    statuses.push(response.status());
  }
  expect(statuses).toEqual([...Array(20).fill(201), ...Array(5).fill(429)]);
});

test("80 failed sign-ins with a different X-Forwarded-For and email each lock the address", async () => {
  test.setTimeout(120_000);
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const outcomes: string[] = [];
  for (let i = 1; i <= 80; i++) {
    const response = await api.post("/api/auth/callback/credentials", {
      headers: { "x-forwarded-for": `203.0.113.${i}` },
      form: { email: `guess-${i}@example.com`, password: "wrong password", csrfToken, callbackUrl: "/" },
      maxRedirects: 0,
    });
    outcomes.push(new URL(response.headers().location ?? "/", "http://x").searchParams.get("code") ?? `status ${response.status()}`);
  }
  // 50 failures from one address in 15 minutes lock it (server/auth/credentials.ts).
  expect(outcomes.slice(0, 50)).toEqual(Array(50).fill("invalid"));
  expect(outcomes.slice(50)).toEqual(Array(30).fill(expect.stringMatching(/^throttled:\d+$/)));
});
