import { readFileSync } from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/test/database";
import { createIsolatedOrganization } from "./fixtures";
import { setDecisionsOnly } from "./queries/candidate-mail";
import * as s from "./schema";

// Own database: the migrations update every row of their table, which may be another file's test data.
const db = setupTestDatabase({ ownDatabase: true });

/** A hand-written data migration, run again over rows written as the code before it would have left them. */
const migration = (name: string) => readFileSync(path.join(process.cwd(), "db/migrations", `${name}.sql`), "utf8");

describe("0030: composed messages waiting at the upgrade", () => {
  it("marks as decisions the ones that went to a candidate already asking for decisions only, and no others", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 2 });
    const [before, after] = org.applicants as [(typeof org.applicants)[0], (typeof org.applicants)[0]];
    await setDecisionsOnly(db(), org.organization.id, before.candidateId, true);
    const queue = (candidateId: string, applicationId: string, to: string, composed: boolean) =>
      db()
        .insert(s.emailOutbox)
        .values({ organizationId: org.organization.id, candidateId, applicationId, to, subject: "Outcome", text: "…", sentByUserId: composed ? org.users.recruiter.id : null })
        .returning({ id: s.emailOutbox.id })
        .then(([row]) => row!.id);
    // Queued after the candidate chose "decisions only": the old compose step let it through as a decision.
    const decision = await queue(before.candidateId, before.applicationId, before.email, true);
    const automatic = await queue(before.candidateId, before.applicationId, before.email, false);
    // Queued before the other candidate chose it: not known to be a decision, so it stays cancellable.
    const earlier = await queue(after.candidateId, after.applicationId, after.email, true);
    await setDecisionsOnly(db(), org.organization.id, after.candidateId, true);

    await db().execute(sql.raw(migration("0030_backfill_composed_decisions")));
    const flag = async (id: string) => (await db().select({ decision: s.emailOutbox.decision }).from(s.emailOutbox).where(eq(s.emailOutbox.id, id)))[0]!.decision;
    expect(await flag(decision)).toBe(true);
    expect(await flag(automatic)).toBe(false);
    expect(await flag(earlier)).toBe(false);
  });
});

describe("0033: calendar feeds failing at the upgrade", () => {
  it("take the time they began to fail as their last recorded failure, and working ones stay unstamped", async () => {
    const org = await createIsolatedOrganization(db());
    const failing = org.users.interviewer.id;
    const working = org.users.recruiter.id;
    const since = new Date("2030-01-07T08:00:00Z");
    await db().update(s.users).set({ calendarFeedUrl: "https://calendar.example/a.ics", calendarFeedFailedAt: since, calendarFeedLastFailedAt: null }).where(eq(s.users.id, failing));
    await db().update(s.users).set({ calendarFeedUrl: "https://calendar.example/b.ics", calendarFeedFailedAt: null, calendarFeedLastFailedAt: null }).where(eq(s.users.id, working));

    // The column itself exists already: run the backfill below it.
    await db().execute(sql.raw(migration("0033_calendar_feed_last_failed").split("--> statement-breakpoint").at(-1)!));
    const last = async (id: string) => (await db().select({ at: s.users.calendarFeedLastFailedAt }).from(s.users).where(eq(s.users.id, id)))[0]!.at;
    expect(await last(failing)).toEqual(since);
    expect(await last(working)).toBeNull();
  });
});
