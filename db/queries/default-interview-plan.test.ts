import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { setupTestDatabase } from "@/test/database";
import { DEFAULT_PLAN } from "@/lib/interviews/default-plan";

// Its own database: the demo organisation exists once per database, and this counts whole tables.
const db = setupTestDatabase({ ownDatabase: true });

describe("the default interview plan", () => {
  it("gives every demo job a recruiter screen and two interviews with scorecards, once", async () => {
    await seedDemo(db());
    await seedDemo(db());
    const [demo] = await db().select().from(s.organizations).where(eq(s.organizations.slug, "demo"));
    const jobs = await db().select().from(s.jobs).where(eq(s.jobs.organizationId, demo!.id));
    const planned = await db().select().from(s.plannedInterviews).where(eq(s.plannedInterviews.organizationId, demo!.id));
    for (const job of jobs) {
      const names = planned.filter((p) => p.jobId === job.id).sort((a, b) => a.position - b.position).map((p) => p.name);
      expect(names).toEqual(["Recruiter screen", "Technical interview", "Values interview"]);
    }
    for (const interview of [...DEFAULT_PLAN.screen, ...DEFAULT_PLAN.interview]) {
      expect(interview.template.focusAreas.length).toBeGreaterThanOrEqual(2);
      for (const area of interview.template.focusAreas) expect(area.attributes.every((a) => a.name && a.guidance)).toBe(true);
    }
  });
});
