import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization, type IsolatedOrganizationOptions } from "@/db/fixtures";
import * as s from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { REJECTION_EMAIL_DELAY_SECONDS } from "@/lib/board/rejection-email";
import { AppError } from "@/lib/errors";
import { candidateAlias } from "@/lib/review/identity";
import { setupTestDatabase } from "@/test/database";
import { getBoard, getBoardJob, getRejectionSettings, listArchivedApplications, listStageCards } from "./board";
import { moveApplications } from "./move-applications";
import { rejectApplications } from "./reject-applications";
import { restoreApplications } from "./restore-applications";
import { updateRejectionSettings } from "./update-rejection-settings";

const db = setupTestDatabase();

const viewer = (org: IsolatedOrganization, role: s.MemberRole): Viewer => ({
  organizationId: org.organization.id,
  userId: org.users[role].id,
  role,
});

async function setup(options: IsolatedOrganizationOptions = {}) {
  const org = await createIsolatedOrganization(db(), undefined, { applicants: 3, ...options });
  const stage = (name: string) => org.stages.find((st) => st.name === name)!.id;
  return { org, stage, recruiter: viewer(org, "recruiter") };
}

async function application(id: string) {
  const [row] = await db().select().from(s.applications).where(eq(s.applications.id, id));
  return row!;
}

async function events(applicationId: string) {
  return db().select().from(s.applicationEvents).where(eq(s.applicationEvents.applicationId, applicationId)).orderBy(s.applicationEvents.createdAt);
}

async function expectAppError(promise: Promise<unknown>, code: string, message?: RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (message) expect((error as AppError).message).toMatch(message);
}

const ref = (applicationId: string, version = 1) => ({ applicationId, version });

describe("moving applicants on the board", () => {
  it("moves, bumps the version, restarts the stage clock and records who moved them from where to where", async () => {
    const { org, stage, recruiter } = await setup();
    const a = org.applicants[0]!;
    const [moved] = await moveApplications(recruiter, { jobId: org.job.id, toStageId: stage("Screen"), applications: [ref(a.applicationId)] });
    expect(moved).toEqual({ applicationId: a.applicationId, version: 2 });
    const row = await application(a.applicationId);
    expect(row).toMatchObject({ stageId: stage("Screen"), version: 2, status: "active" });
    const moves = (await events(a.applicationId)).filter((e) => e.type === "moved");
    expect(moves).toHaveLength(1);
    expect(moves[0]).toMatchObject({ fromStageId: stage("Applied"), toStageId: stage("Screen"), actorUserId: org.users.recruiter.id });
  });

  it("refuses a stage of another job", async () => {
    const { org, recruiter } = await setup();
    const other = await createIsolatedOrganization(db());
    const [otherJob] = await db()
      .insert(s.jobs)
      .values({ organizationId: org.organization.id, slug: `other-${org.job.slug}`, title: "Other job" })
      .returning();
    const [foreignStage] = await db()
      .insert(s.jobStages)
      .values({ organizationId: org.organization.id, jobId: otherJob!.id, name: "Screen", kind: "screen", position: 0 })
      .returning();
    await expectAppError(
      moveApplications(recruiter, { jobId: org.job.id, toStageId: foreignStage!.id, applications: [ref(org.applicants[0]!.applicationId)] }),
      "CONFLICT",
      /not part of this job/,
    );
    // Another organisation's stage is no better.
    await expectAppError(
      moveApplications(recruiter, { jobId: org.job.id, toStageId: other.stages[1]!.id, applications: [ref(org.applicants[0]!.applicationId)] }),
      "CONFLICT",
    );
    expect((await application(org.applicants[0]!.applicationId)).version).toBe(1);
  });

  it("refuses an archived stage", async () => {
    const { org, stage, recruiter } = await setup();
    await db().update(s.jobStages).set({ archivedAt: new Date() }).where(eq(s.jobStages.id, stage("Interview")));
    await expectAppError(
      moveApplications(recruiter, { jobId: org.job.id, toStageId: stage("Interview"), applications: [ref(org.applicants[0]!.applicationId)] }),
      "CONFLICT",
      /removed/,
    );
    const board = await getBoard(recruiter, (await getBoardJob(recruiter, org.job.id))!, {});
    expect(board.map((c) => c.stage.name)).toEqual(["Applied", "Screen", "Offer", "Hired"]);
  });

  it("refuses a stale version with the message the board shows", async () => {
    const { org, stage, recruiter } = await setup();
    const a = org.applicants[0]!;
    await moveApplications(viewer(org, "admin"), { jobId: org.job.id, toStageId: stage("Screen"), applications: [ref(a.applicationId)] });
    await expectAppError(
      moveApplications(recruiter, { jobId: org.job.id, toStageId: stage("Interview"), applications: [ref(a.applicationId, 1)] }),
      "STALE_VERSION",
      /changed by someone else/,
    );
    expect((await application(a.applicationId)).stageId).toBe(stage("Screen"));
  });

  it("refuses to move a rejected applicant until they are restored", async () => {
    const { org, stage, recruiter } = await setup();
    const a = org.applicants[0]!;
    const [rejected] = await rejectApplications(recruiter, { jobId: org.job.id, applications: [ref(a.applicationId)], reason: "Position filled", note: "", sendEmail: false });
    await expectAppError(
      moveApplications(recruiter, { jobId: org.job.id, toStageId: stage("Screen"), applications: [ref(a.applicationId, rejected!.version)] }),
      "CONFLICT",
      /Restore this applicant before moving them/,
    );
    const [restored] = await restoreApplications(recruiter, { jobId: org.job.id, applications: [ref(a.applicationId, rejected!.version)] });
    await moveApplications(recruiter, { jobId: org.job.id, toStageId: stage("Screen"), applications: [ref(a.applicationId, restored!.version)] });
    expect(await application(a.applicationId)).toMatchObject({ status: "active", stageId: stage("Screen") });
  });

  it("moves a batch all or nothing: one stale card leaves every card where it was", async () => {
    const { org, stage, recruiter } = await setup();
    const [a, b, c] = org.applicants.map((x) => x.applicationId) as [string, string, string];
    await moveApplications(recruiter, { jobId: org.job.id, toStageId: stage("Screen"), applications: [ref(c)] });
    await expectAppError(
      moveApplications(recruiter, { jobId: org.job.id, toStageId: stage("Interview"), applications: [ref(a), ref(b), ref(c, 1)] }),
      "STALE_VERSION",
    );
    for (const id of [a, b]) expect(await application(id)).toMatchObject({ stageId: stage("Applied"), version: 1 });
    expect((await events(a)).map((e) => e.type)).toEqual(["applied"]);

    const moved = await moveApplications(recruiter, { jobId: org.job.id, toStageId: stage("Interview"), applications: [ref(a), ref(b), ref(c, 2)] });
    expect(moved.map((m) => m.version)).toEqual([2, 2, 3]);
  });

  it("reveals identity at offer for good and marks hired at the Hired stage, active again when moved out", async () => {
    const { org, stage, recruiter } = await setup({ anonymizedReview: true, team: ["hiring_manager"] });
    const a = org.applicants[0]!;
    const manager = viewer(org, "hiring_manager");
    const job = (await getBoardJob(manager, org.job.id))!;
    const applied = (await getBoard(manager, job, {}))[0]!;
    expect(applied.cards.map((card) => card.displayName)).toContain(candidateAlias(a.applicationId));
    expect(applied.cards.map((card) => card.displayName)).not.toContain(a.name);
    // Hidden names are not searchable either.
    expect((await getBoard(manager, job, { q: a.name }))[0]!.total).toBe(0);

    let version = 1;
    for (const name of ["Offer", "Hired"]) {
      const [moved] = await moveApplications(recruiter, { jobId: org.job.id, toStageId: stage(name), applications: [ref(a.applicationId, version)] });
      version = moved!.version;
    }
    let row = await application(a.applicationId);
    expect(row.status).toBe("hired");
    expect(row.identityRevealedAt).not.toBeNull();
    const reveals = (await events(a.applicationId)).filter((e) => e.type === "identity_revealed");
    expect(reveals).toHaveLength(1);
    expect(reveals[0]!.data).toEqual({ reason: "reached_offer" });

    await moveApplications(recruiter, { jobId: org.job.id, toStageId: stage("Interview"), applications: [ref(a.applicationId, version)] });
    row = await application(a.applicationId);
    expect(row.status).toBe("active");
    const interview = (await getBoard(manager, job, {})).find((c) => c.stage.name === "Interview")!;
    expect(interview.cards.map((card) => card.displayName)).toEqual([a.name]);
  });

  it("records no identity reveal at Offer on a job without anonymised review, where nothing was hidden", async () => {
    const { org, stage, recruiter } = await setup();
    const a = org.applicants[0]!.applicationId;
    await moveApplications(recruiter, { jobId: org.job.id, toStageId: stage("Offer"), applications: [ref(a)] });
    expect((await events(a)).map((e) => e.type)).toEqual(["applied", "moved"]);
    expect((await application(a)).identityRevealedAt).toBeNull();
  });

  it("refuses hiring managers and interviewers (read-only), people off the team and other organisations", async () => {
    const { org, stage } = await setup({ team: ["hiring_manager", "interviewer"] });
    const input = { jobId: org.job.id, toStageId: stage("Screen"), applications: [ref(org.applicants[0]!.applicationId)] };
    await expectAppError(moveApplications(viewer(org, "hiring_manager"), input), "FORBIDDEN");
    await expectAppError(moveApplications(viewer(org, "interviewer"), input), "FORBIDDEN");
    const offTeam = await setup();
    await expectAppError(
      moveApplications(viewer(offTeam.org, "interviewer"), { ...input, jobId: offTeam.org.job.id }),
      "NOT_FOUND",
    );
    const stranger = await createIsolatedOrganization(db());
    await expectAppError(moveApplications(viewer(stranger, "admin"), input), "NOT_FOUND");
    await expectAppError(rejectApplications(viewer(stranger, "admin"), { ...input, reason: "Other", note: "", sendEmail: false }), "NOT_FOUND");
    expect((await application(org.applicants[0]!.applicationId)).version).toBe(1);
  });
});

describe("rejecting and restoring", () => {
  it("queues the rejection email with a delay and an undo cancels it", async () => {
    const { org, recruiter } = await setup();
    const a = org.applicants[0]!;
    const [rejected] = await rejectApplications(recruiter, {
      jobId: org.job.id,
      applications: [ref(a.applicationId)],
      reason: "Position filled",
      note: "Filled internally",
      sendEmail: true,
    });
    expect(await application(a.applicationId)).toMatchObject({ status: "rejected", rejectionReason: "Position filled", rejectionNote: "Filled internally" });
    const [email] = await db().select().from(s.emailOutbox).where(eq(s.emailOutbox.id, rejected!.emailId!));
    expect(email).toMatchObject({ to: a.email, status: "pending", candidateId: a.candidateId, applicationId: a.applicationId });
    expect(email!.text).toContain(`Dear ${a.name},`);
    expect(email!.subject).toBe(`Your application for ${org.job.title} at ${org.organization.name}`);
    const delay = (email!.sendAfter.getTime() - email!.createdAt.getTime()) / 1000;
    expect(delay).toBeGreaterThanOrEqual(REJECTION_EMAIL_DELAY_SECONDS - 1);

    const job = (await getBoardJob(recruiter, org.job.id))!;
    expect((await listArchivedApplications(recruiter, job)).map((x) => x.applicationId)).toEqual([a.applicationId]);
    expect((await getBoard(recruiter, job, {}))[0]!.total).toBe(2);

    const [restored] = await restoreApplications(recruiter, { jobId: org.job.id, applications: [ref(a.applicationId, rejected!.version)] });
    expect(restored!.emailCancelled).toBe(true);
    const [cancelled] = await db().select().from(s.emailOutbox).where(eq(s.emailOutbox.id, rejected!.emailId!));
    expect(cancelled!.status).toBe("cancelled");
    expect((await events(a.applicationId)).map((e) => e.type)).toEqual(["applied", "rejected", "restored", "rejection_email_cancelled"]);
    expect(await application(a.applicationId)).toMatchObject({ status: "active", rejectionReason: null });
  });

  it("restores an applicant whose stage was removed meanwhile to the first live stage", async () => {
    const { org, stage, recruiter } = await setup();
    const a = org.applicants[0]!;
    const [moved] = await moveApplications(recruiter, { jobId: org.job.id, toStageId: stage("Screen"), applications: [ref(a.applicationId)] });
    const [rejected] = await rejectApplications(recruiter, { jobId: org.job.id, applications: [ref(a.applicationId, moved!.version)], reason: "Other", note: "", sendEmail: false });
    await db().update(s.jobStages).set({ archivedAt: new Date() }).where(eq(s.jobStages.id, stage("Screen")));
    await restoreApplications(recruiter, { jobId: org.job.id, applications: [ref(a.applicationId, rejected!.version)] });
    expect(await application(a.applicationId)).toMatchObject({ status: "active", stageId: stage("Applied") });
  });

  it("refuses a reason that is not on the organisation's list, and rejects a batch all or nothing", async () => {
    const { org, recruiter } = await setup();
    const [a, b] = org.applicants.map((x) => x.applicationId) as [string, string];
    await expectAppError(rejectApplications(recruiter, { jobId: org.job.id, applications: [ref(a)], reason: "Made up", note: "", sendEmail: true }), "VALIDATION");
    await expectAppError(
      rejectApplications(recruiter, { jobId: org.job.id, applications: [ref(a), ref(b, 7)], reason: "Other", note: "", sendEmail: true }),
      "STALE_VERSION",
    );
    expect((await application(a)).status).toBe("active");
    const emails = await db().select().from(s.emailOutbox).where(and(eq(s.emailOutbox.organizationId, org.organization.id)));
    expect(emails).toHaveLength(0);
  });

  it("saves the organisation's reasons and template, which rejections then use", async () => {
    const { org, recruiter } = await setup();
    const admin = viewer(org, "admin");
    const settings = { reasons: [{ value: "Timing" }, { value: "Fit" }], subject: "About {{job_title}}", body: "Hello {{candidate_name}} from {{organization_name}}" };
    await expectAppError(updateRejectionSettings(recruiter, settings), "FORBIDDEN");
    await updateRejectionSettings(admin, settings);
    expect(await getRejectionSettings(org.organization.id)).toEqual({ reasons: ["Timing", "Fit"], template: { subject: "About {{job_title}}", body: "Hello {{candidate_name}} from {{organization_name}}" } });
    const a = org.applicants[0]!;
    const [rejected] = await rejectApplications(recruiter, { jobId: org.job.id, applications: [ref(a.applicationId)], reason: "Timing", note: "", sendEmail: true });
    const [email] = await db().select().from(s.emailOutbox).where(eq(s.emailOutbox.id, rejected!.emailId!));
    expect(email).toMatchObject({ subject: `About ${org.job.title}`, text: `Hello ${a.name} from ${org.organization.name}` });
  });
});

describe("reading the board", () => {
  it("pages a column with a keyset cursor, without gaps or repeats", async () => {
    const { org, recruiter } = await setup({ applicants: 7 });
    const job = (await getBoardJob(recruiter, org.job.id))!;
    const applied = { id: org.stages[0]!.id, name: "Applied", kind: "applied" as const };
    const seen: string[] = [];
    let page = await listStageCards(recruiter, job, applied, {}, undefined, 3);
    seen.push(...page.cards.map((c) => c.applicationId));
    while (page.nextCursor) {
      page = await listStageCards(recruiter, job, applied, {}, page.nextCursor, 3);
      seen.push(...page.cards.map((c) => c.applicationId));
    }
    expect(seen.sort()).toEqual(org.applicants.map((a) => a.applicationId).sort());
  });

  it("filters by name, source and applied date", async () => {
    const { org, recruiter } = await setup();
    const job = (await getBoardJob(recruiter, org.job.id))!;
    const total = async (filters: object) => (await getBoard(recruiter, job, filters))[0]!.total;
    expect(await total({ q: org.applicants[1]!.name })).toBe(1);
    expect(await total({ q: org.applicants[1]!.email.toUpperCase() })).toBe(1);
    expect(await total({ source: "careers page" })).toBe(3);
    expect(await total({ source: "referral" })).toBe(0);
    expect(await total({ from: "2000-01-01", to: "2999-01-01" })).toBe(3);
    expect(await total({ to: "2000-01-01" })).toBe(0);
  });
});
