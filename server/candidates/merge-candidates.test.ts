import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import { addApplication, addCandidate, addJob, fixtureJob, viewerOf } from "@/test/candidates";
import { setupTestDatabase } from "@/test/database";
import { findMergedInto } from "@/db/queries/candidate-merges";
import { mergeCandidates } from "./merge-candidates";
import { getMergeComparison } from "./merge-comparison";
import { searchCandidates } from "./search-candidates";

const db = setupTestDatabase();

/** Two records of one person, each with an application on a different job, and everything a candidate can own. */
async function duplicates() {
  const org = await createIsolatedOrganization(db());
  const second = await addJob(db(), org, { title: "Data Engineer" });
  const survivor = await addCandidate(db(), org, { name: "Ada Lovelace", email: "ada@example.com", phone: "+44 1", resume: "Analytical engines" });
  const merged = await addCandidate(db(), org, { name: "Ada King", email: "ada.king@example.org", phone: "+44 2", resume: "Notes on the engine" });
  const kept = await addApplication(db(), org, survivor, fixtureJob(org));
  const moved = await addApplication(db(), org, merged, second, { stage: "screen" });
  const orgId = org.organization.id;
  await db().insert(s.notes).values({ organizationId: orgId, candidateId: merged, applicationId: moved, body: "Strong maths", authorUserId: org.users.recruiter.id });
  await db().insert(s.candidateAccessTokens).values({ organizationId: orgId, candidateId: merged, tokenHash: `hash-${merged}` });
  await db().insert(s.notifications).values({ organizationId: orgId, userId: org.users.admin.id, type: "mention", candidateId: merged });
  await db().insert(s.emailOutbox).values({ organizationId: orgId, candidateId: merged, applicationId: moved, to: "ada.king@example.org", subject: "Thanks", text: "Thanks" });
  return { org, second, survivor, merged, kept, moved };
}

async function ownedBy(candidateId: string) {
  const [apps, notes, files, tokens, notifications, emails] = await Promise.all([
    db().select({ id: s.applications.id }).from(s.applications).where(eq(s.applications.candidateId, candidateId)),
    db().select({ id: s.notes.id }).from(s.notes).where(eq(s.notes.candidateId, candidateId)),
    db().select({ id: s.files.id }).from(s.files).where(eq(s.files.candidateId, candidateId)),
    db().select({ id: s.candidateAccessTokens.id }).from(s.candidateAccessTokens).where(eq(s.candidateAccessTokens.candidateId, candidateId)),
    db().select({ id: s.notifications.id }).from(s.notifications).where(eq(s.notifications.candidateId, candidateId)),
    db().select({ id: s.emailOutbox.id }).from(s.emailOutbox).where(eq(s.emailOutbox.candidateId, candidateId)),
  ]);
  return { applications: apps.length, notes: notes.length, files: files.length, tokens: tokens.length, notifications: notifications.length, emails: emails.length };
}

const candidateRow = async (id: string) => (await db().select().from(s.candidates).where(eq(s.candidates.id, id)))[0]!;

describe("merging candidates", () => {
  it("moves everything to the survivor in one go and records the merge", async () => {
    const { org, survivor, merged, moved } = await duplicates();
    const outcome = await mergeCandidates(viewerOf(org, "recruiter"), { survivorId: survivor, mergedId: merged, keepDetailsOf: "survivor" });

    expect(outcome.movedApplicationIds).toEqual([moved]);
    expect(await ownedBy(survivor)).toEqual({ applications: 2, notes: 1, files: 2, tokens: 1, notifications: 1, emails: 1 });
    expect(await ownedBy(merged)).toEqual({ applications: 0, notes: 0, files: 0, tokens: 0, notifications: 0, emails: 0 });

    const gone = await candidateRow(merged);
    expect(gone).toMatchObject({ mergedIntoId: survivor, phone: null });
    expect(gone.email).not.toBe("ada.king@example.org");
    expect(await candidateRow(survivor)).toMatchObject({ name: "Ada Lovelace", email: "ada@example.com" });

    const [record] = await db().select().from(s.candidateMerges).where(eq(s.candidateMerges.survivorId, survivor));
    expect(record).toMatchObject({ mergedId: merged, actorUserId: org.users.recruiter.id, organizationId: org.organization.id });
    expect(record!.data).toMatchObject({ merged: { name: "Ada King", email: "ada.king@example.org" }, moved: { applications: [moved] } });

    const events = await db().select().from(s.applicationEvents).where(eq(s.applicationEvents.applicationId, moved));
    expect(events.map((e) => [e.type, e.actorUserId])).toEqual([["candidate_merged", org.users.recruiter.id]]);

    expect(await findMergedInto(org.organization.id, merged)).toBe(survivor);
    expect(await findMergedInto(org.organization.id, survivor)).toBeNull();
    // The merged record is gone from search; the survivor shows both applications.
    const found = await searchCandidates(viewerOf(org, "recruiter"), { q: "Ada", page: 1 });
    expect(found.rows.map((row) => [row.id, row.applications.length])).toEqual([[survivor, 2]]);
  });

  it("keeps the merged record's contact details when asked, taking over its email", async () => {
    const { org, survivor, merged } = await duplicates();
    await mergeCandidates(viewerOf(org, "admin"), { survivorId: survivor, mergedId: merged, keepDetailsOf: "merged" });
    expect(await candidateRow(survivor)).toMatchObject({ name: "Ada King", email: "ada.king@example.org", phone: "+44 2" });
  });

  it("refuses two records that applied to the same job, naming it, and changes nothing", async () => {
    const { org, survivor, merged, second } = await duplicates();
    await addApplication(db(), org, survivor, second);
    const before = [await ownedBy(survivor), await ownedBy(merged)];
    await expect(mergeCandidates(viewerOf(org, "recruiter"), { survivorId: survivor, mergedId: merged, keepDetailsOf: "survivor" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("“Data Engineer”"),
    });
    expect([await ownedBy(survivor), await ownedBy(merged)]).toEqual(before);
    expect((await candidateRow(merged)).mergedIntoId).toBeNull();
    expect(await db().select().from(s.candidateMerges).where(inArray(s.candidateMerges.survivorId, [survivor, merged]))).toEqual([]);
  });

  it("refuses a record into itself, across organisations, an already merged record, and members who aren't recruiters", async () => {
    const { org, survivor, merged } = await duplicates();
    const recruiter = viewerOf(org, "recruiter");
    await expect(mergeCandidates(recruiter, { survivorId: survivor, mergedId: survivor, keepDetailsOf: "survivor" })).rejects.toMatchObject({ code: "CONFLICT" });

    const other = await createIsolatedOrganization(db());
    const stranger = await addCandidate(db(), other, { name: "Ada Lovelace" });
    await expect(mergeCandidates(recruiter, { survivorId: survivor, mergedId: stranger, keepDetailsOf: "survivor" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(mergeCandidates(viewerOf(other, "admin"), { survivorId: stranger, mergedId: merged, keepDetailsOf: "survivor" })).rejects.toMatchObject({ code: "NOT_FOUND" });

    for (const role of ["hiring_manager", "interviewer"] as const) {
      await expect(mergeCandidates(viewerOf(org, role), { survivorId: survivor, mergedId: merged, keepDetailsOf: "survivor" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await ownedBy(merged)).toMatchObject({ applications: 1, notes: 1 });
    expect(await getMergeComparison(viewerOf(org, "hiring_manager"), survivor, merged)).toBeNull();

    const third = await addCandidate(db(), org, { name: "Ada L." });
    await mergeCandidates(recruiter, { survivorId: survivor, mergedId: merged, keepDetailsOf: "survivor" });
    await expect(mergeCandidates(recruiter, { survivorId: third, mergedId: merged, keepDetailsOf: "survivor" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already merged"),
    });
    await expect(mergeCandidates(recruiter, { survivorId: merged, mergedId: third, keepDetailsOf: "survivor" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("shows both records side by side and the jobs that block a merge", async () => {
    const { org, survivor, merged, second } = await duplicates();
    const comparison = await getMergeComparison(viewerOf(org, "recruiter"), survivor, merged);
    expect(comparison).toMatchObject({ survivor: { name: "Ada Lovelace", fileCount: 1 }, merged: { name: "Ada King", noteCount: 1 }, sharedJobs: [] });
    await addApplication(db(), org, survivor, second);
    expect((await getMergeComparison(viewerOf(org, "recruiter"), survivor, merged))!.sharedJobs).toEqual(["Data Engineer"]);
  });
});
