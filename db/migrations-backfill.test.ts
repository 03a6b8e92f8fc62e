import { readFileSync } from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/test/database";
import { createIsolatedOrganization } from "./fixtures";
import { setDecisionsOnly } from "./queries/candidate-mail";
import * as s from "./schema";

const db = setupTestDatabase();

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
