import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import type { AuditAction } from "@/lib/enums";
import type { AuditView } from "@/lib/validation/audit";
import { tasks } from "@/server/background-jobs/registry";
import { setupTestDatabase } from "@/test/database";
import { exportAuditLog, listAuditLog } from "./list-audit-log";
import { pruneAuditLog } from "./prune-audit-log";
import { recordAudit } from "./record-audit";

const db = setupTestDatabase();

const admin = (org: IsolatedOrganization): Viewer & { email: string } => ({
  organizationId: org.organization.id,
  userId: org.users.admin.id,
  role: "admin",
  email: org.users.admin.email,
});

const origin = { ip: "203.0.113.7", userAgent: "Vitest" };

/** An entry `daysAgo` days old (the table takes an explicit time on insert; only UPDATE is refused). */
async function entry(org: IsolatedOrganization, action: AuditAction, daysAgo = 0, actor = org.users.recruiter) {
  const [row] = await db()
    .insert(s.auditEvents)
    .values({
      organizationId: org.organization.id,
      actorUserId: actor.id,
      actorLabel: actor.email,
      action,
      targetType: action.startsWith("candidate") ? "candidate" : "user",
      targetId: actor.id,
      ip: origin.ip,
      createdAt: sql`now() - make_interval(days => ${daysAgo}::int)`,
    })
    .returning({ id: s.auditEvents.id });
  return row!.id;
}

async function allPages(viewer: Viewer, filters: AuditView, pageSize: number) {
  const ids: number[] = [];
  let page = await listAuditLog(viewer, filters, pageSize);
  ids.push(...page.entries.map((e) => e.id));
  while (page.older) {
    page = await listAuditLog(viewer, { ...filters, before: page.older }, pageSize);
    ids.push(...page.entries.map((e) => e.id));
  }
  return { ids, last: page };
}

describe("the audit log page", () => {
  it("lists the organisation's entries newest first, with the actor's email, and pages by keyset both ways", async () => {
    const org = await createIsolatedOrganization(db());
    const other = await createIsolatedOrganization(db());
    await entry(other, "sign_in.succeeded");
    const ids: number[] = [];
    for (let i = 0; i < 7; i++) ids.push(await entry(org, "sign_in.succeeded"));
    // All seven share one transaction time or not: the id breaks ties, so none is skipped or repeated.
    const { ids: seen, last } = await allPages(admin(org), {}, 3);
    expect(seen).toEqual([...ids].reverse());
    expect(last.entries).toHaveLength(1);

    // Back from the last page to the first, through "newer".
    const back: number[] = [...last.entries.map((e) => e.id)];
    let page = last;
    while (page.newer) {
      page = await listAuditLog(admin(org), { after: page.newer }, 3);
      back.unshift(...page.entries.map((e) => e.id));
    }
    expect(back).toEqual(seen);

    const first = await listAuditLog(admin(org), {}, 3);
    expect(first.newer).toBeUndefined();
    expect(first.entries[0]).toMatchObject({ actorEmail: org.users.recruiter.email, ip: origin.ip, action: "sign_in.succeeded" });
  });

  it("filters by action, actor, target type and date range", async () => {
    const org = await createIsolatedOrganization(db());
    const signIn = await entry(org, "sign_in.succeeded", 0, org.users.admin);
    const exported = await entry(org, "candidate.exported", 3, org.users.recruiter);
    const old = await entry(org, "candidate.erased", 40, org.users.recruiter);
    const ids = async (view: AuditView) => (await listAuditLog(admin(org), view)).entries.map((e) => e.id);

    expect(await ids({ action: "candidate.exported" })).toEqual([exported]);
    expect(await ids({ actor: org.users.admin.email.toUpperCase().slice(0, 12) })).toEqual([signIn]);
    expect(await ids({ actor: "100%_" })).toEqual([]);
    expect(await ids({ targetType: "candidate" })).toEqual([exported, old]);
    const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
    expect(await ids({ from: day(5), to: day(1) })).toEqual([exported]);
    expect(await ids({ to: day(30) })).toEqual([old]);
  });

  it("counts the filter's days in the member's time zone, as the table shows the times", async () => {
    const org = await createIsolatedOrganization(db());
    // 23:30 UTC on 10 March is 08:30 on 11 March in Tokyo and 19:30 on 10 March in New York.
    const [row] = await db()
      .insert(s.auditEvents)
      .values({ organizationId: org.organization.id, actorLabel: org.users.admin.email, action: "candidate.exported", createdAt: new Date("2026-03-10T23:30:00Z") })
      .returning({ id: s.auditEvents.id });
    const id = row!.id;
    const ids = async (timeZone: string, day: string) => (await listAuditLog({ ...admin(org), timeZone }, { from: day, to: day })).entries.map((e) => e.id);
    expect(await ids("UTC", "2026-03-10")).toEqual([id]);
    expect(await ids("Asia/Tokyo", "2026-03-10")).toEqual([]);
    expect(await ids("Asia/Tokyo", "2026-03-11")).toEqual([id]);
    expect(await ids("America/New_York", "2026-03-10")).toEqual([id]);
    const exported = [];
    for await (const batch of exportAuditLog({ ...admin(org), timeZone: "Asia/Tokyo" }, { from: "2026-03-11" })) exported.push(...batch.map((e) => e.id));
    expect(exported).toContain(id);
  });

  it("exports every matching entry in batches, and is only for members who may read it", async () => {
    const org = await createIsolatedOrganization(db());
    for (let i = 0; i < 3; i++) await entry(org, "file.downloaded");
    await entry(org, "sign_out");
    const batches = [];
    for await (const batch of exportAuditLog(admin(org), { action: "file.downloaded" })) batches.push(batch);
    expect(batches.flat().map((e) => e.action)).toEqual(["file.downloaded", "file.downloaded", "file.downloaded"]);

    const recruiter: Viewer = { organizationId: org.organization.id, userId: org.users.recruiter.id, role: "recruiter" };
    await expect(listAuditLog(recruiter, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(exportAuditLog(recruiter, {}).next()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("records the request's origin when given one", async () => {
    const org = await createIsolatedOrganization(db());
    await recordAudit(db(), { organizationIds: [org.organization.id], actor: { label: "cli" }, action: "organization.created", origin });
    const [row] = (await listAuditLog(admin(org), {})).entries;
    expect(row).toMatchObject({ actorLabel: "cli", actorEmail: null, ip: "203.0.113.7", userAgent: "Vitest" });
  });
});

describe("audit log retention", () => {
  const countOf = async (organizationId: string) =>
    (await db().select({ id: s.auditEvents.id }).from(s.auditEvents).where(eq(s.auditEvents.organizationId, organizationId))).map((r) => r.id);

  it("removes only entries older than the organisation's period, or the default", async () => {
    const org = await createIsolatedOrganization(db());
    const strict = await createIsolatedOrganization(db());
    await db().update(s.organizations).set({ settings: { auditRetentionDays: 30 } }).where(eq(s.organizations.id, strict.organization.id));
    const keptRecent = await entry(org, "sign_in.succeeded", 1);
    const keptYoung = await entry(org, "sign_in.succeeded", 364);
    await entry(org, "sign_in.succeeded", 366);
    const strictKept = await entry(strict, "sign_in.succeeded", 29);
    await entry(strict, "sign_in.succeeded", 31);
    const [orphan] = await db()
      .insert(s.auditEvents)
      .values({ organizationId: null, actorLabel: "nobody@example.com", action: "sign_in.failed", createdAt: sql`now() - interval '400 days'` })
      .returning({ id: s.auditEvents.id });

    // In small batches, to show it keeps going until nothing is left to remove.
    expect(await pruneAuditLog({ defaultDays: 365, batch: 1 })).toBeGreaterThanOrEqual(3);
    expect((await countOf(org.organization.id)).sort()).toEqual([keptRecent, keptYoung].sort());
    expect(await countOf(strict.organization.id)).toEqual([strictKept]);
    expect(await db().select().from(s.auditEvents).where(eq(s.auditEvents.id, orphan!.id))).toEqual([]);
    // Idempotent: nothing more to do.
    expect(await pruneAuditLog({ defaultDays: 365 })).toBe(0);
  });

  it("runs daily as a background task, and an entry still cannot be edited", async () => {
    expect(tasks["audit.prune"]).toMatchObject({ schedule: expect.stringMatching(/^\d+ \d+ \* \* \*$/), policy: "stately" });
    const org = await createIsolatedOrganization(db());
    const id = await entry(org, "sign_in.succeeded");
    await expect(db().update(s.auditEvents).set({ actorLabel: "someone else" }).where(and(eq(s.auditEvents.id, id)))).rejects.toThrow();
  });
});
