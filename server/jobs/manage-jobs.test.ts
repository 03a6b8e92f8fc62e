import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import { insertApplication } from "@/db/queries/applications";
import { listQuestions } from "@/db/queries/careers";
import { listJobTeam } from "@/db/queries/job-members";
import { listJobQuestions } from "@/db/queries/job-questions";
import { findJob, listJobs, listStageCountsForJobs, listStagesWithCounts } from "@/db/queries/jobs";
import * as s from "@/db/schema";
import { careersTag } from "@/lib/careers/cache-tags";
import { jobScope } from "@/lib/permissions";
import { jobFieldsSchema } from "@/lib/validation/job";
import { setupTestDatabase } from "@/test/database";
import { createJobConfirmingWarnings, updateJobConfirmingWarnings } from "@/test/jobs";
import { importJob } from "./import-job";
import { addTeamMember, changeTeamMemberRole, removeTeamMember } from "./edit-hiring-team";
import { addQuestion, moveQuestion, removeQuestion, updateQuestion } from "./edit-questions";
import { addStage, moveStage, removeStage, renameStage } from "./edit-stages";
import type { JobEditor } from "./managed-job";

// Next's cache functions need a request; here they record what the use cases asked to refresh.
const revalidated = vi.hoisted(() => ({ tags: [] as string[], paths: [] as string[] }));
vi.mock("next/cache", () => ({
  revalidateTag: (tag: string) => revalidated.tags.push(tag),
  revalidatePath: (path: string) => revalidated.paths.push(path),
  unstable_cache: <T>(callback: () => Promise<T>) => callback,
}));
beforeEach(() => {
  revalidated.tags.length = 0;
  revalidated.paths.length = 0;
});

const db = setupTestDatabase();

const viewer = (org: IsolatedOrganization, role: s.MemberRole): JobEditor => ({
  organizationId: org.organization.id,
  organizationSlug: org.organization.slug,
  userId: org.users[role].id,
  role,
});

const updateJob = updateJobConfirmingWarnings;
const createJob = createJobConfirmingWarnings;

const fields = (input: Record<string, unknown>) => jobFieldsSchema.parse({ descriptionMd: "", ...input });

async function jobRow(jobId: string) {
  const [job] = await db().select().from(s.jobs).where(eq(s.jobs.id, jobId));
  return job!;
}

describe("creating and editing jobs", () => {
  it("creates a draft with the default stages, under the derived slug", async () => {
    const org = await createIsolatedOrganization(db());
    const job = await createJob(viewer(org, "recruiter"), fields({ title: "Data Analyst (Remote)" }));
    expect(job).toMatchObject({ status: "draft", slug: "data-analyst-remote", publishedAt: null, version: 1 });
    const stages = await listStagesWithCounts(jobScope(viewer(org, "admin")), job.id);
    expect(stages.map((stage) => stage.name)).toEqual(["Applied", "Screen", "Interview", "Offer", "Hired"]);
  });

  it("refuses a slug another job of the organisation uses, with a field error; other organisations may reuse it", async () => {
    const org = await createIsolatedOrganization(db());
    const other = await createIsolatedOrganization(db());
    const clash = createJob(viewer(org, "admin"), fields({ title: "Anything", slug: org.job.slug }));
    await expect(clash).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { slug: [expect.stringMatching(/already uses this address/)] } });
    await expect(createJob(viewer(other, "admin"), fields({ title: "Anything", slug: org.job.slug }))).resolves.toMatchObject({ slug: org.job.slug });

    const second = await createJob(viewer(org, "admin"), fields({ title: "Second" }));
    const renamed = updateJob(viewer(org, "admin"), second.id, 1, fields({ title: "Second", slug: org.job.slug }));
    await expect(renamed).rejects.toMatchObject({ code: "CONFLICT" });
    const imported = await importJob(viewer(org, "admin"), { text: `---\ntitle: Imported\nslug: ${org.job.slug}\n---\nBody` });
    expect(imported).toMatchObject({ slug: `${org.job.slug}-2`, status: "draft" });
  });

  it("refuses a stale save and keeps the other person's change", async () => {
    const org = await createIsolatedOrganization(db());
    const recruiter = viewer(org, "recruiter");
    const saved = await updateJob(recruiter, org.job.id, 1, fields({ title: "First edit", slug: org.job.slug }));
    expect(saved.job.version).toBe(2);
    const stale = updateJob(viewer(org, "admin"), org.job.id, 1, fields({ title: "Second edit", slug: org.job.slug }));
    await expect(stale).rejects.toMatchObject({ code: "STALE_VERSION", message: expect.stringMatching(/changed by someone else/) });
    expect(await jobRow(org.job.id)).toMatchObject({ title: "First edit", version: 2 });
  });

  it("keeps a pay range with the minimum above the maximum out, even past the form (database check)", async () => {
    const org = await createIsolatedOrganization(db());
    const unchecked = { ...fields({ title: "Pay", slug: org.job.slug }), payMin: 10, payMax: 5, payCurrency: "EUR" };
    await expect(updateJob(viewer(org, "admin"), org.job.id, 1, unchecked)).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { payMax: [expect.any(String)] } });
    expect((await jobRow(org.job.id)).payMin).toBeNull();
  });

  it("publishes, closes and reopens only from the right status", async () => {
    const org = await createIsolatedOrganization(db());
    const admin = viewer(org, "admin");
    const job = await createJob(admin, fields({ title: "Flow" }));
    await expect(updateJob(admin, job.id, 1, fields({ title: "Flow" }), "close")).rejects.toMatchObject({ code: "CONFLICT" });
    const published = await updateJob(admin, job.id, 1, fields({ title: "Flow" }), "publish");
    expect(published.job).toMatchObject({ status: "open", publishedAt: expect.any(Date) });
    const closed = await updateJob(admin, job.id, 2, fields({ title: "Flow" }), "close");
    expect(closed.job.status).toBe("closed");
    const reopened = await updateJob(admin, job.id, 3, fields({ title: "Flow" }), "reopen");
    expect(reopened.job).toMatchObject({ status: "open", publishedAt: published.job.publishedAt });
  });

  it("refreshes the careers pages when a change can show there, and the job's dashboard pages after every change", async () => {
    const org = await createIsolatedOrganization(db());
    const admin = viewer(org, "admin");
    const careers = careersTag(org.organization.slug);
    const draft = await createJob(admin, fields({ title: "Quiet draft" }));
    expect(revalidated.paths).toContain(`/jobs/${draft.id}`);
    expect(revalidated.tags).not.toContain(careers);
    await addStage(admin, draft.id, { name: "Take-home", kind: "interview" });
    expect(revalidated.tags).not.toContain(careers);

    await updateJob(admin, draft.id, 1, fields({ title: "Quiet draft" }), "publish");
    expect(revalidated.tags).toContain(careers);
    revalidated.tags.length = 0;
    await createJob(admin, { ...fields({ title: "Open at once" }), status: "open" });
    expect(revalidated.tags).toContain(careers);
    revalidated.tags.length = 0;
    await addQuestion(admin, draft.id, { label: "Visa?", type: "yes_no", options: [], required: true });
    expect(revalidated.tags).toContain(careers);
  });

  it("refuses hiring managers and interviewers (on the team or not) and other organisations, changing nothing", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { team: ["hiring_manager", "interviewer"] });
    const other = await createIsolatedOrganization(db());
    for (const role of ["hiring_manager", "interviewer"] as const) {
      await expect(createJob(viewer(org, role), fields({ title: "Nope" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(updateJob(viewer(org, role), org.job.id, 1, fields({ title: "Nope" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(addStage(viewer(org, role), org.job.id, { name: "Nope", kind: "screen" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(addQuestion(viewer(org, role), org.job.id, { label: "Nope", type: "yes_no", options: [], required: false })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(removeTeamMember(viewer(org, role), org.job.id, org.users[role].id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const outsider = viewer(other, "admin");
    await expect(updateJob(outsider, org.job.id, 1, fields({ title: "Nope" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(renameStage(outsider, org.job.id, org.stages[0]!.id, "Nope")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addTeamMember(outsider, org.job.id, other.users.interviewer.id, "interviewer")).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Naming this organisation's stage while managing one's own job is refused too.
    await expect(renameStage(outsider, other.job.id, org.stages[0]!.id, "Nope")).rejects.toMatchObject({ code: "NOT_FOUND" });

    expect(await jobRow(org.job.id)).toMatchObject({ title: org.job.title, version: 1 });
    expect((await listStagesWithCounts(jobScope(viewer(org, "admin")), org.job.id)).map((stage) => stage.name)).toEqual(["Applied", "Screen", "Interview", "Offer", "Hired"]);
    expect(await listJobQuestions(viewer(org, "admin"), org.job.id)).toEqual([]);
    expect(await listJobTeam(viewer(org, "admin"), org.job.id)).toHaveLength(2);
  });

  it("filters the list by department and text", async () => {
    const org = await createIsolatedOrganization(db());
    const admin = viewer(org, "admin");
    await createJob(admin, fields({ title: "Backend Engineer", department: "Engineering" }));
    await createJob(admin, fields({ title: "Recruiter 100%", department: "People", location: "Porto" }));
    expect((await listJobs(jobScope(admin), { department: "People" })).map((job) => job.title)).toEqual(["Recruiter 100%"]);
    expect((await listJobs(jobScope(admin), { q: "backend" })).map((job) => job.title)).toEqual(["Backend Engineer"]);
    expect((await listJobs(jobScope(admin), { q: "porto" })).map((job) => job.title)).toEqual(["Recruiter 100%"]);
    expect(await listJobs(jobScope(admin), { q: "0%x" })).toEqual([]);
  });
});

describe("stages", () => {
  it("adds, renames and reorders stages", async () => {
    const org = await createIsolatedOrganization(db());
    const admin = viewer(org, "admin");
    const added = await addStage(admin, org.job.id, { name: "Take-home", kind: "interview" });
    await renameStage(admin, org.job.id, added, "Take-home exercise");
    await moveStage(admin, org.job.id, added, "up");
    await moveStage(admin, org.job.id, org.stages[0]!.id, "up"); // already first: stays
    const names = (await listStagesWithCounts(jobScope(admin), org.job.id)).map((stage) => stage.name);
    expect(names).toEqual(["Applied", "Screen", "Interview", "Offer", "Take-home exercise", "Hired"]);
  });

  it("refuses to remove a stage holding applications of any status, and archives an empty one", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 2 });
    const recruiter = viewer(org, "recruiter");
    const applied = org.stages[0]!;
    await db().update(s.applications).set({ status: "rejected" }).where(eq(s.applications.id, org.applicants[0]!.applicationId));
    await expect(removeStage(recruiter, org.job.id, applied.id)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Move its 2 applicants first"),
    });
    expect((await listStagesWithCounts(jobScope(recruiter), org.job.id))[0]!.id).toBe(applied.id);

    const screen = org.stages[1]!;
    await removeStage(recruiter, org.job.id, screen.id);
    const [archived] = await db().select().from(s.jobStages).where(eq(s.jobStages.id, screen.id));
    expect(archived!.archivedAt).toBeInstanceOf(Date);
    expect((await listStagesWithCounts(jobScope(recruiter), org.job.id)).map((stage) => stage.name)).toEqual(["Applied", "Interview", "Offer", "Hired"]);
    expect((await listStageCountsForJobs(jobScope(recruiter), [org.job.id])).get(org.job.id)?.map((stage) => stage.name)).toEqual(["Applied", "Interview", "Offer", "Hired"]);
    await expect(renameStage(recruiter, org.job.id, screen.id, "Back")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("sends new applications to the first live stage once the first stage is removed", async () => {
    const org = await createIsolatedOrganization(db());
    const admin = viewer(org, "admin");
    await moveStage(admin, org.job.id, org.stages[1]!.id, "up"); // Screen, Applied, ...
    await removeStage(admin, org.job.id, org.stages[1]!.id);
    const [candidate] = await db()
      .insert(s.candidates)
      .values({ organizationId: org.organization.id, email: "new.applicant@example.com", name: "New Applicant" })
      .returning({ id: s.candidates.id });
    const application = await insertApplication(db(), {
      organizationId: org.organization.id,
      jobId: org.job.id,
      candidateId: candidate!.id,
      event: { type: "applied" },
    });
    expect(application?.stageId).toBe(org.stages[0]!.id);
    const [event] = await db().select().from(s.applicationEvents).where(eq(s.applicationEvents.applicationId, application!.id));
    expect(event).toMatchObject({ type: "applied", toStageId: org.stages[0]!.id });
  });
});

describe("questions", () => {
  it("adds, edits, reorders and removes questions; the application form follows", async () => {
    const org = await createIsolatedOrganization(db());
    const admin = viewer(org, "admin");
    const visa = await addQuestion(admin, org.job.id, { label: "Visa?", type: "yes_no", options: [], required: true });
    const stack = await addQuestion(admin, org.job.id, { label: "Stack", type: "multi_select", options: ["Rust", "Go"], required: false });
    await updateQuestion(admin, org.job.id, visa, { label: "Do you need a visa?", type: "yes_no", options: [], required: true });
    await moveQuestion(admin, org.job.id, stack, "up");
    const form = await listQuestions(org.organization.id, org.job.id);
    expect(form.map((q) => q.label)).toEqual(["Stack", "Do you need a visa?"]);
    await removeQuestion(admin, org.job.id, stack);
    expect((await listQuestions(org.organization.id, org.job.id)).map((q) => q.label)).toEqual(["Do you need a visa?"]);
    expect((await listJobQuestions(admin, org.job.id)).map((q) => q.id)).toEqual([visa]);
  });

  it("keeps the answers given to a removed question", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1 });
    const admin = viewer(org, "admin");
    const question = await addQuestion(admin, org.job.id, { label: "Notice period", type: "short_text", options: [], required: false });
    await db().insert(s.applicationAnswers).values({
      organizationId: org.organization.id,
      applicationId: org.applicants[0]!.applicationId,
      questionId: question,
      value: "One month",
    });
    await removeQuestion(admin, org.job.id, question);
    const answers = await db()
      .select({ value: s.applicationAnswers.value, label: s.jobQuestions.label })
      .from(s.applicationAnswers)
      .innerJoin(s.jobQuestions, eq(s.jobQuestions.id, s.applicationAnswers.questionId))
      .where(and(eq(s.applicationAnswers.applicationId, org.applicants[0]!.applicationId)));
    expect(answers).toEqual([{ value: "One month", label: "Notice period" }]);
    expect(await listQuestions(org.organization.id, org.job.id)).toEqual([]);
  });
});

describe("hiring team", () => {
  it("adds, changes and removes members; the job appears and disappears for them", async () => {
    const org = await createIsolatedOrganization(db());
    const other = await createIsolatedOrganization(db());
    const recruiter = viewer(org, "recruiter");
    const interviewer = viewer(org, "interviewer");
    expect(await findJob(jobScope(interviewer), org.job.id)).toBeNull();
    await addTeamMember(recruiter, org.job.id, interviewer.userId, "interviewer");
    expect(await findJob(jobScope(interviewer), org.job.id)).not.toBeNull();
    await expect(addTeamMember(recruiter, org.job.id, interviewer.userId, "interviewer")).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(addTeamMember(recruiter, org.job.id, other.users.admin.id, "interviewer")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await changeTeamMemberRole(recruiter, org.job.id, interviewer.userId, "hiring_manager");
    expect(await listJobTeam(recruiter, org.job.id)).toMatchObject([{ userId: interviewer.userId, role: "hiring_manager", organizationRole: "interviewer" }]);
    await removeTeamMember(recruiter, org.job.id, interviewer.userId);
    expect(await findJob(jobScope(interviewer), org.job.id)).toBeNull();
    await expect(removeTeamMember(recruiter, org.job.id, interviewer.userId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
