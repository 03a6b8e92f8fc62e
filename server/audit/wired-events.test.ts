import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import { findCandidateByTokenHash } from "@/db/queries/candidate-status";
import * as s from "@/db/schema";
import { hashStatusToken } from "@/lib/applications/tokens";
import type { Viewer } from "@/lib/auth/viewer";
import type { AuditAction, MemberRole } from "@/lib/enums";
import { submitApplication } from "@/server/applications/submit-application";
import { findDownloadableFile } from "@/server/files/get-downloadable-file";
import { updateRejectionSettings } from "@/server/pipeline/update-rejection-settings";
import { revealIdentity } from "@/server/review/reveal-identity";
import { updateScorecardVisibility } from "@/server/scorecards/update-scorecard-visibility";
import { anonymizeCandidate } from "@/server/status/anonymize-candidate";
import { exportCandidateData } from "@/server/status/export-candidate-data";
import { setupTestDatabase } from "@/test/database";

const db = setupTestDatabase();

const member = (org: IsolatedOrganization, role: MemberRole): Viewer & { email: string } => ({
  organizationId: org.organization.id,
  userId: org.users[role].id,
  role,
  email: org.users[role].email,
});

const entries = (org: IsolatedOrganization, action: AuditAction) =>
  db().select().from(s.auditEvents).where(and(eq(s.auditEvents.organizationId, org.organization.id), eq(s.auditEvents.action, action)));

async function applicant(org: IsolatedOrganization) {
  const email = `casey-${randomUUID()}@example.com`;
  const result = await submitApplication(
    org.organization.slug,
    { slug: org.job.slug },
    {
      name: "Casey Quintessential",
      email,
      resume: new File([readFileSync(path.join(__dirname, "../../test/files/resume.pdf"))], "Casey_Quintessential_CV.pdf"),
      consent: "on",
      leaveEmpty: "",
      idempotencyKey: randomUUID(),
    },
    { ip: `10.9.${Math.floor(Math.random() * 250)}.1` },
  );
  if (!result.ok) throw new Error(result.formError);
  const candidate = await findCandidateByTokenHash(hashStatusToken(result.data.statusToken));
  return { candidate: candidate!, email, applicationId: result.data.applicationId };
}

/** Nothing personal of the candidate anywhere in the entry. */
const expectNoPersonalData = (entry: unknown, email: string) => {
  expect(JSON.stringify(entry)).not.toMatch(/Quintessential/);
  expect(JSON.stringify(entry)).not.toContain(email);
};

describe("audit entries of existing features", () => {
  it("records a candidate's own export and erasure by id, as 'candidate', never by name or email", async () => {
    const org = await createIsolatedOrganization(db());
    const { candidate, email } = await applicant(org);
    await exportCandidateData(candidate);
    const [exported] = await entries(org, "candidate.exported");
    expect(exported).toMatchObject({ actorUserId: null, actorLabel: "candidate", targetType: "candidate", targetId: candidate.candidateId, targetLabel: "Candidate" });
    expectNoPersonalData(exported, email);

    await anonymizeCandidate(candidate);
    const [erased] = await entries(org, "candidate.erased");
    expect(erased).toMatchObject({ actorLabel: "candidate", targetType: "candidate", targetId: candidate.candidateId, targetLabel: "Candidate" });
    expectNoPersonalData(erased, email);
  });

  it("records a staff download of a candidate's file by its kind, never its name, and the reveal of an identity", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { anonymizedReview: true });
    const { applicationId, email } = await applicant(org);
    const [file] = await db().select({ id: s.files.id }).from(s.files).where(eq(s.files.applicationId, applicationId));
    expect(await findDownloadableFile(member(org, "recruiter"), file!.id, { preview: true })).not.toBeNull();
    const [downloaded] = await entries(org, "file.downloaded");
    expect(downloaded).toMatchObject({
      actorUserId: org.users.recruiter.id,
      actorLabel: org.users.recruiter.email,
      targetType: "file",
      targetId: file!.id,
      targetLabel: "Resume",
      details: { applicationId, preview: true },
    });
    expectNoPersonalData(downloaded, email);
    // A refused download records nothing.
    const outsider = await createIsolatedOrganization(db());
    expect(await findDownloadableFile(member(outsider, "admin"), file!.id)).toBeNull();
    expect(await entries(org, "file.downloaded")).toHaveLength(1);

    await revealIdentity(member(org, "recruiter"), applicationId);
    const [revealed] = await entries(org, "identity.revealed");
    expect(revealed).toMatchObject({ actorUserId: org.users.recruiter.id, targetType: "application", targetId: applicationId, targetLabel: "Candidate" });
    expectNoPersonalData(revealed, email);
  });

  it("records changes to the rejection and review settings", async () => {
    const org = await createIsolatedOrganization(db());
    await updateRejectionSettings(member(org, "admin"), { reasons: [{ value: "Too far" }], subject: "Thanks", body: "No." });
    await updateScorecardVisibility(member(org, "admin"), "never");
    const changes = await entries(org, "organization.settings_changed");
    expect(changes.map((entry) => entry.details.fields).sort()).toEqual(["rejectionReasons, rejectionEmailTemplate", "scorecardVisibility"]);
    expect(changes.every((entry) => entry.actorUserId === org.users.admin.id && entry.targetId === org.organization.id)).toBe(true);
  });
});
