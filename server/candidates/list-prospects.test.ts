import { describe, expect, it } from "vitest";
import { createIsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import { addCandidateSchema } from "@/lib/validation/candidates";
import { viewerOf } from "@/test/candidates";
import { setupTestDatabase } from "@/test/database";
import { addCandidate } from "./add-candidate";
import { listProspects, PROSPECTS_PAGE_SIZE, prospectsQuerySchema } from "./list-prospects";

const db = setupTestDatabase();

describe("listProspects", () => {
  it("lists candidates in no job, newest first, found by name or email, a page at a time, for members who add candidates", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1 });
    const other = await createIsolatedOrganization(db());
    const recruiter = { ...viewerOf(org, "recruiter"), name: "Rita Recruiter" };
    await addCandidate(recruiter, addCandidateSchema.parse({ name: "Grace Hopper", email: "grace@example.com" }));
    await addCandidate({ ...viewerOf(other, "recruiter"), name: "Other" }, addCandidateSchema.parse({ name: "Grace Elsewhere", email: "grace@example.com" }));
    // Older prospects, imported earlier: one page and one more.
    await db()
      .insert(s.candidates)
      .values(
        Array.from({ length: PROSPECTS_PAGE_SIZE }, (_, i) => ({
          organizationId: org.organization.id,
          name: `Imported ${i}`,
          email: `imported-${i}@example.com`,
          source: "Imported",
          createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
        })),
      );

    const first = await listProspects(recruiter, prospectsQuerySchema.parse({}));
    expect(first.rows).toHaveLength(PROSPECTS_PAGE_SIZE);
    expect(first.rows[0]).toMatchObject({ name: "Grace Hopper", source: "Added by Rita Recruiter" });
    // The applicant of the organisation's job is not a prospect.
    expect(first.rows.map((row) => row.email)).not.toContain(org.applicants[0]!.email);
    const second = await listProspects(recruiter, prospectsQuerySchema.parse({ before: first.next }));
    expect(second).toMatchObject({ rows: [{ name: "Imported 0" }], next: null });

    expect((await listProspects(recruiter, prospectsQuerySchema.parse({ q: "GRACE@" }))).rows.map((row) => row.name)).toEqual(["Grace Hopper"]);
    // A LIKE wildcard typed by the member is a character, not a pattern.
    expect((await listProspects(recruiter, prospectsQuerySchema.parse({ q: "%" }))).rows).toEqual([]);
    expect(prospectsQuerySchema.parse({ before: "'; drop table candidates; --" }).before).toBeUndefined();

    for (const role of ["hiring_manager", "interviewer"] as const) {
      await expect(listProspects(viewerOf(org, role), {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
