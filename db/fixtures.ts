import { createHash, randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { DEFAULT_STAGES } from "@/lib/pipeline";
import type { Database } from "./client";
import * as s from "./schema";

export type IsolatedOrganization = {
  organization: { id: string; slug: string; name: string };
  password: string;
  users: Record<s.MemberRole, { id: string; email: string; name: string }>;
  job: { id: string; slug: string; title: string };
  /** The job's stages in order (Applied, Screen, Interview, Offer, Hired). */
  stages: { id: string; name: string; kind: s.StageKind }[];
  /** Applicants (in the Applied stage unless `stage` says otherwise), each with a small text resume, oldest first. */
  applicants: { applicationId: string; candidateId: string; name: string; email: string }[];
  /** Further draft jobs (default stages, no applicants, no team), when asked for with `extraJobs`. */
  extraJobs: { id: string; slug: string; title: string }[];
};

export type IsolatedOrganizationOptions = {
  /** How many applicants to create on the job (default 0). */
  applicants?: number;
  /** Hide identity from hiring managers and interviewers on the job. */
  anonymizedReview?: boolean;
  /** Which of the hiring manager and interviewer are on the job's hiring team (default: neither). */
  team?: ("hiring_manager" | "interviewer")[];
  /** The stage kind the applicants are in (default "applied"). */
  stage?: "applied" | "screen" | "interview" | "offer";
  /** Give the first applicant an interview that ended yesterday, with the interviewer as participant and no scorecard. */
  pastInterview?: boolean;
  /**
   * Give the first applicant two offer decisions as recorded before offers had an approval chain: the
   * hiring manager's decline ("Salary is above the band.") two days ago, then the admin's approval a day ago.
   */
  earlierDecisions?: boolean;
  /** How many further draft jobs to create (default 0), e.g. to add a candidate to another job. */
  extraJobs?: number;
  /** Give the open job a closing date this many seconds from now. */
  closesInSeconds?: number;
};

const roles = s.memberRole.enumValues;

/**
 * A fresh organisation with one member per role and one open job, named so it collides with nothing.
 * Tests build on this instead of shared demo data, so they never depend on each other.
 */
export async function createIsolatedOrganization(
  db: Database,
  password = "correct horse battery",
  options: IsolatedOrganizationOptions = {},
): Promise<IsolatedOrganization> {
  const tag = randomBytes(5).toString("hex");
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [organization] = await tx
      .insert(s.organizations)
      .values({ slug: `test-${tag}`, name: `Test Org ${tag}` })
      .returning({ id: s.organizations.id, slug: s.organizations.slug, name: s.organizations.name });
    if (!organization) throw new Error("organisation not created");
    const users = {} as IsolatedOrganization["users"];
    for (const role of roles) {
      const [user] = await tx
        .insert(s.users)
        .values({ email: `${role.replace("_", "-")}-${tag}@candor.test`, name: `${role} ${tag}`, passwordHash })
        .returning({ id: s.users.id, email: s.users.email, name: s.users.name });
      if (!user) throw new Error("user not created");
      await tx.insert(s.memberships).values({ organizationId: organization.id, userId: user.id, role });
      users[role] = user;
    }
    const [job] = await tx
      .insert(s.jobs)
      .values({
        organizationId: organization.id,
        slug: `job-${tag}`,
        title: `Test Job ${tag}`,
        status: "open",
        publishedAt: new Date(),
        closesAt: options.closesInSeconds ? new Date(Date.now() + options.closesInSeconds * 1000) : null,
        anonymizedReview: options.anonymizedReview ?? false,
      })
      .returning({ id: s.jobs.id, slug: s.jobs.slug, title: s.jobs.title });
    if (!job) throw new Error("job not created");
    const stages = await tx
      .insert(s.jobStages)
      .values(DEFAULT_STAGES.map((stage, position) => ({ ...stage, position, organizationId: organization.id, jobId: job.id })))
      .returning({ id: s.jobStages.id, name: s.jobStages.name, kind: s.jobStages.kind });
    for (const role of options.team ?? []) {
      await tx.insert(s.jobMembers).values({ organizationId: organization.id, jobId: job.id, userId: users[role].id, role });
    }
    const applicants: IsolatedOrganization["applicants"] = [];
    const applied = stages.find((stage) => stage.kind === (options.stage ?? "applied"));
    for (let n = 1; applied && n <= (options.applicants ?? 0); n++) {
      const name = `Applicant ${n} ${tag}`;
      const email = `applicant-${n}-${tag}@candor.test`;
      const [candidate] = await tx
        .insert(s.candidates)
        .values({ organizationId: organization.id, name, email, phone: `+44 20 7946 ${String(n).padStart(4, "0")}` })
        .returning({ id: s.candidates.id });
      if (!candidate) throw new Error("candidate not created");
      const [application] = await tx
        .insert(s.applications)
        .values({ organizationId: organization.id, jobId: job.id, candidateId: candidate.id, stageId: applied.id, source: "careers page" })
        .returning({ id: s.applications.id });
      if (!application) throw new Error("application not created");
      await tx.insert(s.applicationEvents).values({
        organizationId: organization.id,
        applicationId: application.id,
        type: "applied",
        toStageId: applied.id,
      });
      const resume = Buffer.from(`${name}\n${email}\nExperienced engineer: Rust, Postgres and distributed systems.\n`);
      const [file] = await tx
        .insert(s.files)
        .values({
          organizationId: organization.id,
          candidateId: candidate.id,
          applicationId: application.id,
          kind: "resume",
          originalName: "resume.txt",
          mediaType: "text/plain",
          sizeBytes: resume.length,
          sha256: createHash("sha256").update(resume).digest("hex"),
          storageKey: "pg",
          extractedText: resume.toString("utf8"),
        })
        .returning({ id: s.files.id });
      if (!file) throw new Error("file not created");
      await tx.insert(s.fileContents).values({ fileId: file.id, data: resume });
      applicants.push({ applicationId: application.id, candidateId: candidate.id, name, email });
    }
    const first = applicants[0];
    if (options.pastInterview && first) {
      const yesterday = Date.now() - 25 * 60 * 60 * 1000;
      const [interview] = await tx
        .insert(s.interviews)
        .values({
          organizationId: organization.id,
          applicationId: first.applicationId,
          title: "Technical interview",
          location: "https://meet.example/technical-interview",
          startsAt: new Date(yesterday - 60 * 60 * 1000),
          endsAt: new Date(yesterday),
          timeZone: "UTC",
        })
        .returning({ id: s.interviews.id });
      if (!interview) throw new Error("interview not created");
      await tx.insert(s.interviewParticipants).values({ organizationId: organization.id, interviewId: interview.id, userId: users.interviewer.id });
    }
    if (options.earlierDecisions && first) {
      const daysAgo = (n: number) => new Date(Date.now() - n * 24 * 60 * 60 * 1000);
      const decided = (role: s.MemberRole, decision: "approve" | "decline", comment: string | null, createdAt: Date) => ({
        organizationId: organization.id,
        applicationId: first.applicationId,
        type: "decision_recorded" as const,
        actorUserId: users[role].id,
        data: { decision, comment },
        createdAt,
      });
      await tx.insert(s.applicationEvents).values([decided("hiring_manager", "decline", "Salary is above the band.", daysAgo(2)), decided("admin", "approve", null, daysAgo(1))]);
    }
    const extraJobs: IsolatedOrganization["extraJobs"] = [];
    for (let n = 1; n <= (options.extraJobs ?? 0); n++) {
      const [extra] = await tx
        .insert(s.jobs)
        .values({ organizationId: organization.id, slug: `draft-${n}-${tag}`, title: `Draft Job ${n} ${tag}`, status: "draft" })
        .returning({ id: s.jobs.id, slug: s.jobs.slug, title: s.jobs.title });
      if (!extra) throw new Error("job not created");
      await tx
        .insert(s.jobStages)
        .values(DEFAULT_STAGES.map((stage, position) => ({ ...stage, position, organizationId: organization.id, jobId: extra.id })));
      extraJobs.push(extra);
    }
    return { organization, password, users, job, stages, applicants, extraJobs };
  });
}
