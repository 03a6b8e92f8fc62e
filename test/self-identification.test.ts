import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { jobScope } from "@/lib/permissions";
import { setupTestDatabase } from "@/test/database";
import { exportCandidateData } from "@/server/status/export-candidate-data";
import { searchCandidates } from "@/server/candidates/search-candidates";
import { getHiringOverview } from "@/server/hiring/hiring-overview";
import { findJob, listJobs, listStagesWithCounts } from "@/db/queries/jobs";
import { getApplicationReview } from "@/server/review/get-application-review";

// Voluntary self-identification (gender, ethnicity, veteran status, disability) is for the candidate
// and aggregate reporting only: no member, whatever their role, may read it on any page, action,
// export or API. The candidate's own "download my data" is its only reader.

const db = setupTestDatabase();
const root = path.resolve(__dirname, "..");

function sourceFiles(): string[] {
  return ["app", "components", "server", "lib", "db"].flatMap((dir) =>
    readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
      .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
      .map((file) => path.join(dir, file)),
  );
}

// fairness_reach (db/schema/reports.ts) holds a copy of the answers for the fairness report's counts.
const mentionsTable = /\bselfIdentifications\b|self_identifications|\bfairnessReach\b|fairness_reach/;

/** The exported functions of a module whose body mentions the table. */
function functionsMentioning(file: string): string[] {
  const source = readFileSync(path.join(root, file), "utf8");
  return source
    .split(/^(?=export (?:async )?function )/m)
    .filter((chunk) => chunk.startsWith("export") && mentionsTable.test(chunk))
    .map((chunk) => /function (\w+)/.exec(chunk)?.[1] ?? "?");
}

describe("self-identification answers", () => {
  it("are touched only by the intake (write), the candidate's own export (read), data deletion and the fairness report's counts", () => {
    const files = sourceFiles().filter((file) => mentionsTable.test(readFileSync(path.join(root, file), "utf8")));
    expect(files.sort()).toEqual([
      "db/fixtures-reports.ts",
      "db/queries/applications.ts",
      "db/queries/candidate-erasure.ts",
      "db/queries/candidate-status.ts",
      "db/queries/fairness.ts",
      "db/schema/candidates.ts",
      "db/schema/reports.ts",
    ]);
    expect(functionsMentioning("db/queries/applications.ts")).toEqual(["insertSubmission"]);
    expect(functionsMentioning("db/queries/candidate-status.ts")).toEqual(["getCandidateDataRows"]);
    expect(functionsMentioning("db/queries/candidate-erasure.ts")).toEqual(["deletePersonalRecords"]);
    // Counts per answer, never a row: read only by the fairness report's use case (admins; audited).
    expect(functionsMentioning("db/queries/fairness.ts")).toEqual(["countReachBySelfIdentification"]);
    const readers = sourceFiles().filter((file) => file !== "db/queries/fairness.ts" && readFileSync(path.join(root, file), "utf8").includes("countReachBySelfIdentification"));
    expect(readers).toEqual([path.join("server", "reports", "get-fairness-report.ts")]);
    // The reports' test data (tests and the e2e fixtures route, which only CANDOR_E2E_FIXTURES=1 enables) writes answers.
    expect(functionsMentioning("db/fixtures-reports.ts")).toEqual(["seedReportFixture"]);
  });

  it("are exported only through the candidate's status link", () => {
    const useCase = path.join("server", "status", "export-candidate-data.ts");
    const readers = sourceFiles().filter((file) => file !== "db/queries/candidate-status.ts" && readFileSync(path.join(root, file), "utf8").includes("getCandidateDataRows"));
    expect(readers).toEqual([useCase]);
    const callers = sourceFiles().filter((file) => file !== useCase && readFileSync(path.join(root, file), "utf8").includes("exportCandidateData"));
    expect(callers).toEqual([path.join("app", "(public)", "status", "[token]", "export", "route.ts")]);
    // The export starts from the status link's candidate, never from a member's session.
    expect(readFileSync(path.join(root, callers[0]!), "utf8")).toMatch(/candidateFromStatusToken\(/);
  });

  it("never come back from a query a member can reach, whatever their role", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1, stage: "offer", team: ["hiring_manager", "interviewer"], pastInterview: true });
    const applicant = org.applicants[0]!;
    const marker = `self-id-${org.organization.slug}`;
    await db().insert(s.selfIdentifications).values({
      organizationId: org.organization.id,
      applicationId: applicant.applicationId,
      gender: `${marker}-gender`,
      ethnicity: `${marker}-ethnicity`,
      veteranStatus: `${marker}-veteran`,
      disability: `${marker}-disability`,
    });
    const viewer = (o: IsolatedOrganization, role: s.MemberRole): Viewer => ({ organizationId: o.organization.id, userId: o.users[role].id, role });

    for (const role of s.memberRole.enumValues) {
      const member = viewer(org, role);
      const results = await Promise.all([
        listJobs(jobScope(member)),
        findJob(jobScope(member), org.job.id),
        listStagesWithCounts(jobScope(member), org.job.id),
        searchCandidates(member, { page: 1 }),
        searchCandidates(member, { q: applicant.name, page: 1 }),
        getApplicationReview(member, applicant.applicationId),
        getHiringOverview(member),
      ]);
      // Something was returned (the test would prove nothing on empty results), and none of it is self-identification.
      expect(results.filter((result) => result && (!Array.isArray(result) || result.length > 0)).length).toBeGreaterThan(3);
      expect(JSON.stringify(results)).not.toContain(marker);
    }

    const own = await exportCandidateData({
      candidateId: applicant.candidateId,
      organizationId: org.organization.id,
      name: applicant.name,
      email: applicant.email,
      organizationName: org.organization.name,
      organizationSlug: org.organization.slug,
    });
    expect(own.applications[0]?.selfIdentification).toMatchObject({ gender: `${marker}-gender`, disability: `${marker}-disability` });
  });
});
