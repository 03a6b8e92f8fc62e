import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseHandle, db } from "@/db/client";
import { listMembershipsForSession } from "@/db/queries/memberships";
import { organizations, passwordResetTokens } from "@/db/schema";
import { hashLinkToken } from "@/lib/auth/link-token";
import { onServer } from "@/test/postgres-admin";
import { auditTrail } from "@/test/members";
import { verifyCredentials } from "@/server/auth/credentials";
import { startUserSession } from "@/server/auth/user-sessions";
import { acceptInvitationAsNewUser } from "@/server/members/accept-invitation";
import { GET as listJobs } from "@/app/api/v1/jobs/route";

/**
 * The admin CLI as an operator runs it: bin/candor.mjs in a child process, on a brand-new database (not
 * even migrated). Its work is then checked the way the app would see it: signing in, sessions, the audit log.
 */

const root = path.join(__dirname, "..");
const APP_URL = "https://jobs.example.test";
const cleanups: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const url = new URL(serverUrl);
    const name = `${url.pathname.slice(1)}_cli_${randomBytes(4).toString("hex")}`;
    await onServer(serverUrl, `create database ${name}`);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
    cleanups.push(() => onServer(serverUrl, `drop database if exists ${name} with (force)`));
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), "candor-cli-"));
    process.env.PGLITE_DATA_DIR = dir;
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  }
});

afterAll(async () => {
  await releaseDatabase();
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** The embedded database belongs to one process at a time: this one lets go before the CLI opens it. */
async function releaseDatabase() {
  const holder = globalThis as unknown as { candorDatabase?: ReturnType<typeof databaseHandle> };
  await holder.candorDatabase?.close();
  holder.candorDatabase = undefined;
}

async function candor(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  await releaseDatabase();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(root, "bin", "candor.mjs"), ...args],
      { cwd: tmpdir(), env: { ...process.env, APP_URL, NODE_ENV: "production", AUTH_SECRET: "cli-test-secret-0123456789abcdefghijkl" } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe("npx candor", { timeout: 180_000 }, () => {
  it("org create with a password, on a fresh database: the admin signs in to the new organisation", async () => {
    const created = await candor("org", "create", "--name", "Acme Robotics", "--slug", "acme", "--admin-email", "Boss@Acme.test", "--admin-password", "violet kettle drums 42");
    expect(created).toMatchObject({ code: 0, stderr: "" });
    expect(created.stdout).toContain(`${APP_URL}/careers/acme`);
    expect(created.stdout).toContain(`Boss@Acme.test is its admin and signs in at ${APP_URL}/sign-in`);

    const signedIn = await verifyCredentials("boss@acme.test", "violet kettle drums 42", "10.50.0.1");
    if (!signedIn.ok) throw new Error(`sign-in refused: ${signedIn.reason}`);
    const sessionId = await startUserSession(signedIn.user, "password");
    expect(await listMembershipsForSession(signedIn.user.id, sessionId)).toMatchObject([{ organizationSlug: "acme", organizationName: "Acme Robotics", role: "admin" }]);
    const [organization] = await db().select().from(organizations).where(eq(organizations.slug, "acme"));
    expect((await auditTrail(organization!.id))[0]).toEqual(["organization.created", "cli", "Acme Robotics"]);
  });

  it("org create without a password prints a one-time invitation link, which sets the admin's password", async () => {
    const created = await candor("org", "create", "--name", "Beta Labs", "--slug", "beta", "--admin-email", "founder@beta.test", "--time-zone", "Asia/Tokyo");
    expect(created.code).toBe(0);
    const link = created.stdout.split("\n").find((line) => line.startsWith(`${APP_URL}/invitations/`));
    expect(link).toBeDefined();
    await acceptInvitationAsNewUser(link!.split("/").at(-1)!, { name: "Fay Founder", password: "copper meadow 2210" });
    expect(await verifyCredentials("founder@beta.test", "copper meadow 2210", "10.50.0.2")).toMatchObject({ ok: true });
    const [organization] = await db().select().from(organizations).where(eq(organizations.slug, "beta"));
    expect(organization!.settings.timeZone).toBe("Asia/Tokyo");
  });

  it("refusals exit with 1 and say what to change; a wrong command line exits with 2", async () => {
    const taken = await candor("org", "create", "--name", "Acme Again", "--slug", "acme", "--admin-email", "other@acme.test");
    expect(taken).toMatchObject({ code: 1, stdout: "", stderr: "candor: --slug: That address is taken. Choose another.\n" });
    const weak = await candor("org", "create", "--name", "Gamma", "--slug", "gamma", "--admin-email", "g@gamma.test", "--admin-password", "password1234");
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain("--admin-password: This password is one of the most common ones");
    const missing = await candor("org", "create", "--name", "Delta");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--slug: Enter the address.");
    expect((await candor("org", "delete")).code).toBe(2);
    expect((await candor("user", "disable", "--email", "nobody@nowhere.test")).stderr).toBe("candor: No account has the address nobody@nowhere.test.\n");
    expect(await db().select({ slug: organizations.slug }).from(organizations).where(eq(organizations.slug, "gamma"))).toEqual([]);
  });

  it("user reset-password prints a one-time link; only its hash is stored, valid for an hour", async () => {
    const reset = await candor("user", "reset-password", "--email", "BOSS@acme.test");
    expect(reset.code).toBe(0);
    const token = reset.stdout.split("\n").find((line) => line.startsWith(`${APP_URL}/reset-password/`))!.split("/").at(-1)!;
    const [stored] = await db().select().from(passwordResetTokens).where(eq(passwordResetTokens.tokenHash, hashLinkToken(token)));
    expect(stored!.usedAt).toBeNull();
    expect(stored!.expiresAt.getTime() - Date.now()).toBeGreaterThan(55 * 60_000);
    expect(stored!.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(60 * 60_000);
  });

  it("user disable ends the person's open sessions and keeps them from signing in", async () => {
    const signedIn = await verifyCredentials("boss@acme.test", "violet kettle drums 42", "10.50.0.3");
    if (!signedIn.ok) throw new Error("sign-in refused");
    const sessionId = await startUserSession(signedIn.user, "password");
    // Boss is Acme Robotics' only admin: refused, nothing changed, until the operator insists.
    const refused = await candor("user", "disable", "--email", "boss@acme.test");
    expect(refused).toMatchObject({ code: 1, stdout: "" });
    expect(refused.stderr).toContain("candor: boss@acme.test is the only active admin of Acme Robotics. Make someone else an admin there first");
    expect(await verifyCredentials("boss@acme.test", "violet kettle drums 42", "10.50.0.3")).toMatchObject({ ok: true });
    const disabled = await candor("user", "disable", "--email", "boss@acme.test", "--force");
    // This session and the one the first test opened.
    expect(disabled).toMatchObject({ code: 0, stdout: "candor: disabled boss@acme.test; ended 2 open sessions\n" });
    expect(await listMembershipsForSession(signedIn.user.id, sessionId)).toEqual([]);
    expect(await verifyCredentials("boss@acme.test", "violet kettle drums 42", "10.50.0.3")).toEqual({ ok: false, reason: "invalid" });
  });

  it("api-key create prints the key alone on its last line; it reads the organisation's REST API", async () => {
    const created = await candor("api-key", "create", "--org", "acme", "--name", "Nightly sync", "--scopes", "read,write");
    expect(created).toMatchObject({ code: 0, stderr: "" });
    const lines = created.stdout.trim().split("\n");
    expect(lines[0]).toContain("Store it now");
    const key = lines.at(-1)!;
    expect(key).toMatch(/^candor_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    const response = await listJobs(new Request("http://candor.test/api/v1/jobs", { headers: { authorization: `Bearer ${key}` } }), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: [], nextCursor: null });
    const [organization] = await db().select().from(organizations).where(eq(organizations.slug, "acme"));
    expect((await auditTrail(organization!.id)).at(-1)).toEqual(["api_key.created", "cli", "Nightly sync"]);

    expect(await candor("api-key", "create", "--org", "nowhere", "--name", "x", "--scopes", "read")).toMatchObject({
      code: 1,
      stderr: "candor: There is no organisation with the slug nowhere.\n",
    });
    const badScope = await candor("api-key", "create", "--org", "acme", "--name", "x", "--scopes", "read,admin");
    expect(badScope.code).toBe(2);
    expect(badScope.stderr).toContain("--scopes");
  });

  it("migrate and seed-demo: the demo organisation once, whose admin signs in", async () => {
    expect(await candor("migrate")).toMatchObject({ code: 0, stdout: "candor: migrations applied\n" });
    expect(await candor("seed-demo")).toMatchObject({ code: 0, stdout: "candor: demo organisation created\n" });
    expect(await candor("seed-demo")).toMatchObject({ code: 0, stdout: "candor: demo organisation already present; nothing changed\n" });
    expect(await verifyCredentials("admin@example.com", "candor-demo", "10.50.0.4")).toMatchObject({ ok: true });
  });
});
