import { and, count, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/test/database";
import { verifyPassword } from "@/lib/auth/password";
import * as s from "./schema";
import { seedDemo } from "./seed";
import { DEMO_PASSWORD } from "./seed-data";

// Its own database: the demo organisation exists once per database, and this counts whole tables.
const db = setupTestDatabase({ ownDatabase: true });

async function snapshot() {
  const tables = [s.organizations, s.users, s.memberships, s.jobs, s.jobStages, s.jobQuestions, s.candidates, s.applications, s.applicationEvents];
  return Promise.all(tables.map(async (table) => (await db().select({ n: count() }).from(table))[0]?.n));
}

describe("seedDemo", () => {
  it("creates the demo organisation once; running it again changes nothing", async () => {
    expect(await seedDemo(db())).toBe(true);
    const first = await snapshot();
    expect(await seedDemo(db())).toBe(false);
    expect(await snapshot()).toEqual(first);
  });

  it("has the postings, people and pipeline the README promises", async () => {
    await seedDemo(db());
    const [org] = await db().select().from(s.organizations).where(eq(s.organizations.slug, "demo"));
    expect(org).toBeDefined();
    const organizationId = org!.id;

    const jobs = await db().select().from(s.jobs).where(eq(s.jobs.organizationId, organizationId));
    const open = jobs.filter((j) => j.status === "open");
    expect(open.length).toBeGreaterThanOrEqual(4);
    expect(jobs.filter((j) => j.status === "draft")).toHaveLength(1);
    expect(jobs.filter((j) => j.status === "closed")).toHaveLength(1);
    expect(open.some((j) => j.workplaceType === "remote")).toBe(true);
    expect(open.some((j) => j.workplaceType === "hybrid")).toBe(true);
    for (const job of open) {
      expect(job.payMin).toBeLessThanOrEqual(job.payMax!);
      expect(job.descriptionMd).toMatch(/^## /m);
    }

    const [{ candidates }] = (await db()
      .select({ candidates: count() })
      .from(s.candidates)
      .where(eq(s.candidates.organizationId, organizationId))) as [{ candidates: number }];
    expect(candidates).toBeGreaterThanOrEqual(55);
    expect(candidates).toBeLessThanOrEqual(65);

    const byKind = await db()
      .select({ kind: s.jobStages.kind, n: count() })
      .from(s.applications)
      .innerJoin(s.jobStages, eq(s.jobStages.id, s.applications.stageId))
      .where(eq(s.applications.organizationId, organizationId))
      .groupBy(s.jobStages.kind);
    expect(byKind.map((r) => r.kind).sort()).toEqual(["applied", "hired", "interview", "offer", "screen"]);

    const statuses = await db()
      .selectDistinct({ status: s.applications.status })
      .from(s.applications)
      .where(eq(s.applications.organizationId, organizationId));
    expect(statuses.map((r) => r.status).sort()).toEqual(["active", "hired", "rejected", "withdrawn"]);

    const [withoutHistory] = await db()
      .select({ n: count() })
      .from(s.applications)
      .where(
        and(
          eq(s.applications.organizationId, organizationId),
          sql`not exists (select 1 from application_events e where e.application_id = ${s.applications.id} and e.type = 'applied')`,
        ),
      );
    expect(withoutHistory?.n).toBe(0);

    const members = await db()
      .select({ role: s.memberships.role, hash: s.users.passwordHash })
      .from(s.memberships)
      .innerJoin(s.users, eq(s.users.id, s.memberships.userId))
      .where(eq(s.memberships.organizationId, organizationId));
    expect(members.map((m) => m.role).sort()).toEqual(["admin", "hiring_manager", "interviewer", "recruiter"]);
    expect(await verifyPassword(members[0]!.hash!, DEMO_PASSWORD)).toBe(true);
  });
});

describe("seedDemo's interviews", () => {
  it("gives the demo hiring manager and interviewer feedback to give and to read", async () => {
    await seedDemo(db());
    const [org] = await db().select().from(s.organizations).where(eq(s.organizations.slug, "demo"));
    const interviews = await db()
      .select({ id: s.interviews.id, endsAt: s.interviews.endsAt })
      .from(s.interviews)
      .where(eq(s.interviews.organizationId, org!.id));
    expect(interviews).toHaveLength(3);
    const ended = interviews.filter((interview) => interview.endsAt.getTime() < Date.now());
    expect(ended).toHaveLength(2);

    const submitted = await db()
      .select({ interviewId: s.scorecards.interviewId, overall: s.scorecards.overall })
      .from(s.scorecards)
      .where(and(eq(s.scorecards.organizationId, org!.id), eq(s.scorecards.status, "submitted")));
    const perInterview = new Map<string, typeof submitted>();
    for (const row of submitted) perInterview.set(row.interviewId, [...(perInterview.get(row.interviewId) ?? []), row]);
    // One interview still waits for the interviewer; in the other the two reviewers disagree.
    expect([...perInterview.values()].map((rows) => rows.length).sort()).toEqual([1, 2]);
    const both = [...perInterview.values()].find((rows) => rows.length === 2)!;
    expect(both.map((row) => row.overall).sort()).toEqual(["no", "strong_yes"]);
  });
});
