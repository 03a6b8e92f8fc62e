import { randomUUID } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import { submitApplication } from "@/server/applications/submit-application";
import { mergeCandidates } from "@/server/candidates/merge-candidates";
import { moveApplications } from "@/server/pipeline/move-applications";
import { rejectApplications } from "@/server/pipeline/reject-applications";
import { restoreApplications } from "@/server/pipeline/restore-applications";
import { anonymizeCandidate } from "@/server/status/anonymize-candidate";
import { addApplication, addCandidate, fixtureJob } from "@/test/candidates";
import { setupTestDatabase } from "@/test/database";
import { viewer } from "@/test/interviews";
import { getFairnessReport } from "./get-fairness-report";

// fairness_reach, the fairness report's rollup (db/schema/reports.ts, migration 0032), is kept by
// triggers. After every kind of change a member or candidate can make, each application's row must be
// what the rollup's own definition (the fairness_reach_source view) computes from the tables it follows,
// and no application may have a row missing or left over.

const db = setupTestDatabase();

async function rollupDrift(org: IsolatedOrganization) {
  const { rows } = await db().execute<{ side: string; application_id: string }>(sql`
    (select 'stale or left over' as side, application_id from (
      select application_id, organization_id, job_id, year, furthest_rank, gender, ethnicity, veteran_status, disability from fairness_reach where organization_id = ${org.organization.id}
      except select * from fairness_reach_source where organization_id = ${org.organization.id}) stale)
    union all
    (select 'missing' as side, application_id from (
      select * from fairness_reach_source where organization_id = ${org.organization.id}
      except select application_id, organization_id, job_id, year, furthest_rank, gender, ethnicity, veteran_status, disability from fairness_reach where organization_id = ${org.organization.id}) missing)`);
  return rows;
}

const rowOf = async (applicationId: string) => (await db().select().from(s.fairnessReach).where(eq(s.fairnessReach.applicationId, applicationId)))[0];

async function refs(applicationIds: string[]) {
  return db()
    .select({ applicationId: s.applications.id, version: s.applications.version })
    .from(s.applications)
    .where(inArray(s.applications.id, applicationIds));
}

function apply(org: IsolatedOrganization, answers: Record<string, string>, email = `fair-${randomUUID()}@example.com`) {
  return submitApplication(
    org.organization.slug,
    { slug: org.job.slug },
    { name: "Fair Applicant", email, resume: new File(["I write SQL."], "resume.txt", { type: "text/plain" }), consent: "on", leaveEmpty: "", idempotencyKey: randomUUID(), ...answers },
    { ip: `10.77.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` },
  );
}

async function appliedId(result: Awaited<ReturnType<typeof apply>>) {
  if (!result.ok) throw new Error(`the application was refused: ${JSON.stringify(result)}`);
  return result.data.applicationId;
}

/** Another job of the organisation, with its stages by kind. */
async function stagesOf(jobId: string) {
  const stages = await db().select({ id: s.jobStages.id, kind: s.jobStages.kind }).from(s.jobStages).where(eq(s.jobStages.jobId, jobId));
  return { id: jobId, title: "", stages: Object.fromEntries(stages.map((stage) => [stage.kind, stage.id])) as Record<s.StageKind, string> };
}

describe("the fairness report's rollup", () => {
  it("follows every application through applying, moves, a hire, a rejection, a restore, a merge and erasure", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { team: ["hiring_manager"], extraJobs: 1 });
    const job = fixtureJob(org);
    const recruiter = viewer(org, "recruiter");

    const answered = await appliedId(await apply(org, { gender: "woman", ethnicity: "asian", veteranStatus: "not_veteran", disability: "no" }));
    const silent = await appliedId(await apply(org, {}));
    expect(await rowOf(answered)).toMatchObject({ furthestRank: 1, gender: "woman", ethnicity: "asian", veteranStatus: "not_veteran", disability: "no", year: new Date().getUTCFullYear() });
    expect(await rowOf(silent)).toMatchObject({ furthestRank: 1, gender: "not_provided", ethnicity: "not_provided", veteranStatus: "not_provided", disability: "not_provided" });
    // Added by a member, with no events at all: counted from its current stage.
    const added = await addApplication(db(), org, await addCandidate(db(), org, { name: "Added Later" }), job, { stage: "interview" });
    expect(await rowOf(added)).toMatchObject({ furthestRank: 3 });
    expect(await rollupDrift(org)).toEqual([]);

    await moveApplications(recruiter, { jobId: job.id, toStageId: job.stages.interview, applications: await refs([answered, silent]) });
    expect(await rowOf(answered)).toMatchObject({ furthestRank: 3 });
    await moveApplications(recruiter, { jobId: job.id, toStageId: job.stages.hired, applications: await refs([answered]) });
    expect(await rowOf(answered)).toMatchObject({ furthestRank: 5 });
    // Moved back, a hire still counts as having reached Hired: its events say so.
    await moveApplications(recruiter, { jobId: job.id, toStageId: job.stages.offer, applications: await refs([answered]) });
    expect(await rowOf(answered)).toMatchObject({ furthestRank: 5 });
    await rejectApplications(recruiter, { jobId: job.id, applications: await refs([silent]), reason: "Position filled", note: "", sendEmail: false });
    await restoreApplications(recruiter, { jobId: job.id, applications: await refs([silent]) });
    expect(await rowOf(silent)).toMatchObject({ furthestRank: 3 });
    expect(await rollupDrift(org)).toEqual([]);

    // A candidate who applied twice, merged: each application keeps its own row and answers.
    const email = `twice-${randomUUID()}@example.com`;
    const first = await appliedId(await apply(org, { gender: "man" }, email));
    const [other] = await db().insert(s.candidates).values({ organizationId: org.organization.id, name: "Same Person", email: `other-${email}` }).returning({ id: s.candidates.id });
    await addApplication(db(), org, other!.id, await stagesOf(org.extraJobs[0]!.id), { stage: "screen" });
    const [survivor] = await db().select({ candidateId: s.applications.candidateId }).from(s.applications).where(eq(s.applications.id, first));
    await mergeCandidates(recruiter, { survivorId: survivor!.candidateId, mergedId: other!.id, keepDetailsOf: "survivor" });
    expect(await rollupDrift(org)).toEqual([]);

    // "Delete my data": the answers go from the rollup too; the application is still counted, as not provided.
    await anonymizeCandidate({ candidateId: survivor!.candidateId, organizationId: org.organization.id });
    expect(await rowOf(first)).toMatchObject({ gender: "not_provided", ethnicity: "not_provided", veteranStatus: "not_provided", disability: "not_provided" });
    expect(await rollupDrift(org)).toEqual([]);

    // Answers deleted on their own (no page does this) leave the rollup at once too.
    await db().delete(s.selfIdentifications).where(eq(s.selfIdentifications.applicationId, answered));
    expect(await rowOf(answered)).toMatchObject({ gender: "not_provided", ethnicity: "not_provided", furthestRank: 5 });

    // An application deleted (one with no history: events are append-only) takes its row with it.
    await db().delete(s.applications).where(eq(s.applications.id, added));
    expect(await rowOf(added)).toBeUndefined();
    expect(await rollupDrift(org)).toEqual([]);
  });

  it("changes the report at once: an answer, a move and a stage's kind are counted in the same transaction", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { team: ["hiring_manager"] });
    const job = fixtureJob(org);
    const admin = { ...viewer(org, "admin"), email: org.users.admin.email };
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push(await appliedId(await apply(org, { gender: "non_binary" })));
    // Six women too, so that no group falls under five (and is hidden) when one answer changes.
    for (let i = 0; i < 6; i++) await apply(org, { gender: "woman" });
    const group = async (label: string, step: "applied" | "screen") => {
      const { tables } = await getFairnessReport(admin, { year: new Date().getUTCFullYear(), job: job.id, step });
      const gender = tables.find((table) => table.id === "fairness-gender")!;
      return gender.rows.find((row) => row[0] === label)!.slice(1, 3);
    };
    const nonBinary = (step: "applied" | "screen") => group("Non-binary", step);
    expect(await nonBinary("applied")).toEqual([6, 0]);
    await moveApplications(viewer(org, "recruiter"), { jobId: job.id, toStageId: job.stages.screen, applications: await refs(ids.slice(0, 5)) });
    expect(await nonBinary("applied")).toEqual([6, 5]);
    expect(await nonBinary("screen")).toEqual([5, 0]);

    // A stage whose kind changes (no page does this yet; the rollup follows it all the same).
    await db().update(s.jobStages).set({ kind: "interview" }).where(eq(s.jobStages.id, job.stages.screen));
    expect(await nonBinary("screen")).toEqual([5, 5]);
    await db().update(s.jobStages).set({ kind: "screen" }).where(eq(s.jobStages.id, job.stages.screen));

    // An answer changed in place: the group it left and the group it joined both change.
    await db().update(s.selfIdentifications).set({ gender: "woman" }).where(eq(s.selfIdentifications.applicationId, ids[5]!));
    expect(await nonBinary("applied")).toEqual([5, 5]);
    expect(await group("Woman", "applied")).toEqual([7, 0]);
    expect(await rollupDrift(org)).toEqual([]);
  });
});
