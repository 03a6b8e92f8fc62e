import type { Browser, Page } from "@playwright/test";
import type { IsolatedOrganization } from "@/db/fixtures";
import { callServerAction } from "../actions";
import { createOrganization, expect, SignInPage, test } from "../fixtures";

// Every job-management action, called straight over HTTP by people who may not use it. Each must be
// refused on the server, whatever the pages show, and leave the job as it was.

const files = {
  create: "app/(dashboard)/jobs/new/actions.ts",
  edit: "app/(dashboard)/jobs/[jobId]/edit/actions.ts",
  import: "app/(dashboard)/jobs/import/actions.ts",
  questions: "app/(dashboard)/jobs/[jobId]/questions/actions.ts",
  stages: "app/(dashboard)/jobs/[jobId]/stages/actions.ts",
  team: "app/(dashboard)/jobs/[jobId]/team/actions.ts",
};

type Call = { file: string; action: string; args: unknown[]; organisationWide?: true };

/** Every action against `org`'s job; `questionId` is a question the job has. */
function calls(org: IsolatedOrganization, questionId: string): Call[] {
  const jobId = org.job.id;
  const [applied, screen] = org.stages;
  return [
    { file: files.create, action: "createJobAction", args: [{ title: "Hacked", descriptionMd: "", intent: "publish" }], organisationWide: true },
    { file: files.import, action: "importJobAction", args: [{ file: "# Hacked" }], organisationWide: true },
    // Refused before the board is read: the organisation's own board would otherwise come back as drafts.
    { file: files.import, action: "importBoardAction", args: [{ provider: "greenhouse", board: org.organization.slug }], organisationWide: true },
    { file: files.import, action: "importBoardAction", args: [{ provider: "lever", board: org.organization.slug }], organisationWide: true },
    { file: files.edit, action: "previewMarkdownAction", args: [{ markdown: "**x**" }], organisationWide: true },
    { file: files.edit, action: "updateJobAction", args: [{ jobId, version: 1, title: "Hacked", slug: "hacked", descriptionMd: "", intent: "close" }] },
    { file: files.questions, action: "addQuestionAction", args: [{ jobId, label: "Hacked", type: "yes_no" }] },
    { file: files.questions, action: "updateQuestionAction", args: [{ jobId, questionId, label: "Hacked", type: "yes_no" }] },
    { file: files.questions, action: "moveQuestionAction", args: [{ jobId, questionId, direction: "down" }] },
    { file: files.questions, action: "removeQuestionAction", args: [{ jobId, questionId }] },
    { file: files.stages, action: "addStageAction", args: [{ jobId, name: "Hacked", kind: "screen" }] },
    { file: files.stages, action: "renameStageAction", args: [{ jobId, stageId: applied!.id, name: "Hacked" }] },
    { file: files.stages, action: "moveStageAction", args: [{ jobId, stageId: applied!.id, direction: "down" }] },
    { file: files.stages, action: "removeStageAction", args: [{ jobId, stageId: screen!.id }] },
    { file: files.team, action: "addTeamMemberAction", args: [{ jobId, userId: org.users.recruiter.id, role: "hiring_manager" }] },
    { file: files.team, action: "changeTeamRoleAction", args: [{ jobId, userId: org.users.hiring_manager.id, role: "recruiter" }] },
    { file: files.team, action: "removeTeamMemberAction", args: [{ jobId, userId: org.users.interviewer.id }] },
  ];
}

async function signedIn(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await new SignInPage(page).signInAs(email, password);
  return page;
}

/** An organisation whose job has a question, and a way to check that nothing about the job changed. */
async function setUp(browser: Browser, org: IsolatedOrganization) {
  const admin = await signedIn(browser, org.users.admin.email, org.password);
  const added = await callServerAction<{ ok: boolean; data: { questionId: string } }>(admin, {
    file: files.questions,
    action: "addQuestionAction",
    args: [{ jobId: org.job.id, label: "Original question", type: "short_text" }],
    from: `/jobs/${org.job.id}/questions`,
  });
  expect(added.result?.ok).toBe(true);
  const questionId = added.result!.data.questionId;
  const teamBefore = await teamOf(admin, org);

  async function expectUnchanged() {
    await admin.goto("/jobs");
    await expect(admin.getByRole("table", { name: "Jobs and their applicants" }).getByRole("link")).toHaveText([org.job.title]);
    await admin.goto(`/jobs/${org.job.id}/edit`);
    await expect(admin.getByLabel("Title")).toHaveValue(org.job.title);
    await expect(admin.getByText("Open", { exact: true })).toBeVisible();
    await admin.goto(`/jobs/${org.job.id}/stages`);
    await expect(admin.getByRole("list", { name: "Stages" }).getByRole("heading")).toHaveText(["Applied", "Screen", "Interview", "Offer", "Hired"]);
    await admin.goto(`/jobs/${org.job.id}/questions`);
    await expect(admin.getByRole("list", { name: "Questions" }).getByRole("heading")).toHaveText(["Original question"]);
    expect(await teamOf(admin, org)).toEqual(teamBefore);
  }
  return { questionId, expectUnchanged };
}

async function teamOf(admin: Page, org: IsolatedOrganization) {
  await admin.goto(`/jobs/${org.job.id}/team`);
  const team = admin.getByRole("list", { name: "Team members" });
  if ((await team.count()) === 0) return [];
  return team.getByRole("listitem").allInnerTexts();
}

async function expectRefused(page: Page, call: Call, from: string, code: string) {
  const { result, threw } = await callServerAction(page, { ...call, from });
  expect(threw, `${call.action} answered`).toBe(false);
  expect(result, call.action).toMatchObject({ ok: false, code });
}

const editorPages = (jobId: string) => [`/jobs/${jobId}/edit`, `/jobs/${jobId}/questions`, `/jobs/${jobId}/stages`, `/jobs/${jobId}/team`];

test.describe("job management is for the organisation's admins and recruiters only", () => {
  // Seventeen direct calls and a check of four pages per caller.
  test.describe.configure({ timeout: 60_000 });

  test("a member of another organisation can neither change nor open this organisation's job", async ({ browser, request, org }) => {
    const { questionId, expectUnchanged } = await setUp(browser, org);
    const other = await createOrganization(request);
    const outsider = await signedIn(browser, other.users.admin.email, other.password);
    for (const call of calls(org, questionId).filter((c) => !c.organisationWide)) {
      await expectRefused(outsider, call, "/jobs", "NOT_FOUND");
    }
    for (const path of [`/jobs/${org.job.id}`, ...editorPages(org.job.id)]) {
      expect((await outsider.goto(path))?.status(), path).toBe(404);
    }
    await expectUnchanged();
  });

  for (const role of ["hiring_manager", "interviewer"] as const) {
    for (const onTeam of [true, false]) {
      test(`a ${role.replace("_", " ")} ${onTeam ? "on" : "off"} the hiring team is refused every action and editor page`, async ({ browser, request }) => {
        const org = await createOrganization(request, { team: onTeam ? ["hiring_manager", "interviewer"] : [] });
        const { questionId, expectUnchanged } = await setUp(browser, org);
        const member = await signedIn(browser, org.users[role].email, org.password);
        for (const call of calls(org, questionId)) await expectRefused(member, call, "/jobs", "FORBIDDEN");
        for (const path of [...editorPages(org.job.id), "/jobs/new", "/jobs/import"]) {
          expect((await member.goto(path))?.status(), path).toBe(404);
        }
        // On the team, the overview is theirs to read; off it, the job does not exist for them.
        expect((await member.goto(`/jobs/${org.job.id}`))?.status()).toBe(onTeam ? 200 : 404);
        await expectUnchanged();
      });
    }
  }

  test("an anonymous caller is refused every action", async ({ browser, page, org, baseURL }) => {
    const { questionId, expectUnchanged } = await setUp(browser, org);
    // Without any session cookie the dashboard's sign-in redirect answers before the action runs.
    for (const call of calls(org, questionId)) {
      const { result } = await callServerAction(page, { ...call, from: "/jobs" });
      expect(result?.ok, call.action).not.toBe(true);
    }
    // A forged session cookie passes that redirect, so the action itself must refuse.
    await page.context().addCookies([{ name: "authjs.session-token", value: "forged", url: baseURL! }]);
    for (const call of calls(org, questionId)) await expectRefused(page, call, "/jobs", "UNAUTHENTICATED");
    await expectUnchanged();
  });
});
