import type { Page } from "@playwright/test";
import type { IsolatedOrganization } from "@/db/fixtures";
import { callServerAction } from "../actions";
import { createOrganization, expect, SignInPage, test } from "../fixtures";

const PIPELINE_ACTIONS = "server/pipeline/actions.ts";
const SETTINGS_ACTIONS = "app/(dashboard)/settings/rejection/actions.ts";

/** Every pipeline write, with arguments that would succeed for the job's recruiter. */
function writes(org: IsolatedOrganization) {
  const [first, second] = org.applicants as [IsolatedOrganization["applicants"][number], IsolatedOrganization["applicants"][number]];
  const jobId = org.job.id;
  return [
    { file: PIPELINE_ACTIONS, action: "moveApplicationsAction", args: [{ jobId, toStageId: org.stages[3]!.id, applications: [{ applicationId: first.applicationId, version: 1 }] }] },
    {
      file: PIPELINE_ACTIONS,
      action: "rejectApplicationsAction",
      args: [{ jobId, applications: [{ applicationId: second.applicationId, version: 1 }], reason: "Position filled", note: "", sendEmail: true }],
    },
    { file: PIPELINE_ACTIONS, action: "restoreApplicationsAction", args: [{ jobId, applications: [{ applicationId: first.applicationId, version: 1 }] }] },
    {
      file: PIPELINE_ACTIONS,
      action: "undoMoveApplicationsAction",
      args: [{ jobId, moves: [{ toStageId: org.stages[2]!.id, applications: [{ applicationId: first.applicationId, version: 1 }] }] }],
    },
    { file: SETTINGS_ACTIONS, action: "updateRejectionSettingsAction", args: [{ reasons: [{ value: "Hacked" }], subject: "Hacked", body: "Hacked" }] },
  ];
}

/** `settings`: false for another organisation's admin, who may of course change their own organisation's settings. */
async function expectAllRefused(page: Page, org: IsolatedOrganization, codes: string[], from = "/jobs", settings = true) {
  for (const call of writes(org).filter((w) => settings || w.file !== SETTINGS_ACTIONS)) {
    const { result } = await callServerAction(page, { ...call, from });
    expect(result?.ok, `${call.action} must be refused`).toBe(false);
    expect(codes, `${call.action} answered ${result?.code}`).toContain(result?.code);
  }
}

/** "Show more" on the Applied column: the one read-only action. */
function readColumn(page: Page, org: IsolatedOrganization, from = "/jobs") {
  const cursor = { enteredAt: "2999-01-01T00:00:00.000000Z", id: org.applicants[0]!.applicationId };
  return callServerAction(page, { file: PIPELINE_ACTIONS, action: "loadStageCardsAction", args: [{ jobId: org.job.id, stageId: org.stages[0]!.id, cursor }], from });
}

/** Seen by the job's own admin: every applicant still in Applied, none archived, reasons unchanged. */
async function expectNothingChanged(page: Page, org: IsolatedOrganization) {
  await new SignInPage(page).signInAs(org.users.admin.email, org.password, `/jobs/${org.job.id}/pipeline`);
  const applied = page.getByRole("region", { name: /^Applied\b/ });
  await expect(applied).toContainText(`${org.applicants.length} applicants`);
  for (const applicant of org.applicants) await expect(applied.getByRole("link", { name: applicant.name, exact: true })).toBeVisible();
  await page.goto(`/jobs/${org.job.id}/pipeline?view=archive`);
  await expect(page.getByText("No rejected or withdrawn applicants")).toBeVisible();
  await page.goto("/settings/rejection");
  await expect(page.getByRole("textbox", { name: "Reason 1" })).toHaveValue("Not enough relevant experience");
}

test.describe("pipeline actions refuse everyone but the job's admins and recruiters", () => {
  test("anonymous callers", async ({ page, request, baseURL }) => {
    const org = await createOrganization(request, { applicants: 2 });
    const board = `/jobs/${org.job.id}/pipeline`;
    // Without any cookie the proxy sends them to sign-in before the action runs.
    const redirected = await callServerAction(page, { ...writes(org)[0]!, from: board });
    expect(redirected.status).toBe(307);
    expect(redirected.result).toBeUndefined();
    // A forged session cookie gets past that convenience; the action itself still refuses.
    await page.context().addCookies([{ name: "authjs.session-token", value: "forged", url: baseURL! }]);
    await expectAllRefused(page, org, ["UNAUTHENTICATED"], board);
    const read = await readColumn(page, org, board);
    expect(read.result?.code).toBe("UNAUTHENTICATED");
    await page.context().clearCookies();
    await expectNothingChanged(page, org);
  });

  test("another organisation's admin sees a 404 and cannot read or change anything", async ({ page, request }) => {
    const org = await createOrganization(request, { applicants: 2 });
    const other = await createOrganization(request);
    await new SignInPage(page).signInAs(other.users.admin.email, other.password);
    expect((await page.goto(`/jobs/${org.job.id}/pipeline`))?.status()).toBe(404);
    expect((await page.goto(`/jobs/${org.job.id}/pipeline?view=archive`))?.status()).toBe(404);
    await page.goto("/jobs");
    await expectAllRefused(page, org, ["NOT_FOUND"], "/jobs", false);
    const read = await readColumn(page, org);
    expect(read.result?.code).toBe("NOT_FOUND");
    await page.context().clearCookies();
    await expectNothingChanged(page, org);
  });

  for (const role of ["hiring_manager", "interviewer"] as const) {
    test(`a ${role.replace("_", " ")} on the team gets a read-only board and every write is FORBIDDEN`, async ({ page, request, expectAccessible }) => {
      const org = await createOrganization(request, { applicants: 2, team: [role] });
      await new SignInPage(page).signInAs(org.users[role].email, org.password, `/jobs/${org.job.id}/pipeline`);
      await expect(page.getByRole("region", { name: /^Applied\b/ }).getByRole("link", { name: org.applicants[0]!.name })).toBeVisible();
      await expect(page.getByRole("button", { name: /^Drag / })).toHaveCount(0);
      await expect(page.getByRole("button", { name: /^Actions for / })).toHaveCount(0);
      await expectAccessible();
      // The application page and the profile show the stage, and no Move or Reject; m and r do nothing there.
      const application = `/applications/${org.applicants[0]!.applicationId}`;
      await page.goto(application);
      await expect(page.getByText("Stage: Applied", { exact: true })).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Candidates in this stage" })).toBeVisible();
      await page.keyboard.press("m");
      await page.keyboard.press("r");
      await page.keyboard.press("?");
      await expect(page.getByRole("dialog", { name: "Shortcuts on this page" })).not.toContainText("Reject");
      await page.keyboard.press("Escape");
      await expect(page.getByRole("button", { name: /^(Move to|Reject)…/ })).toHaveCount(0);
      await expect(page.getByRole("menu")).toHaveCount(0);
      await page.goto(`/candidates/${org.applicants[0]!.candidateId}`);
      await expect(page.getByRole("heading", { level: 1, name: org.applicants[0]!.name })).toBeVisible();
      await expect(page.getByRole("button", { name: /^(Move to|Reject)…/ })).toHaveCount(0);
      // Posted from the application page, which uses the board's actions, they are refused all the same.
      await expectAllRefused(page, org, ["FORBIDDEN"], application, false);
      expect((await page.goto("/settings/rejection"))?.status()).toBe(404);
      await page.goto("/jobs");
      await expectAllRefused(page, org, ["FORBIDDEN"]);
      await page.context().clearCookies();
      await expectNothingChanged(page, org);
    });

    test(`a ${role.replace("_", " ")} off the team gets a 404 and every write is refused`, async ({ page, request }) => {
      const org = await createOrganization(request, { applicants: 2 });
      await new SignInPage(page).signInAs(org.users[role].email, org.password);
      expect((await page.goto(`/jobs/${org.job.id}/pipeline`))?.status()).toBe(404);
      await page.goto("/jobs");
      await expectAllRefused(page, org, ["FORBIDDEN", "NOT_FOUND"]);
      const read = await readColumn(page, org);
      expect(read.result?.code).toBe("NOT_FOUND");
      await page.context().clearCookies();
      await expectNothingChanged(page, org);
    });
  }

  test("a recruiter may read the rejection settings but not change them", async ({ page, request }) => {
    const org = await createOrganization(request, { applicants: 2 });
    await new SignInPage(page).signInAs(org.users.recruiter.email, org.password, "/settings/rejection");
    await expect(page.getByRole("textbox", { name: "Reason 1" })).toBeDisabled();
    await expect(page.getByRole("button", { name: "Save" })).toHaveCount(0);
    const settings = writes(org).find((call) => call.file === SETTINGS_ACTIONS)!;
    const { result } = await callServerAction(page, { ...settings, from: "/settings/rejection" });
    expect(result?.code).toBe("FORBIDDEN");
    await page.context().clearCookies();
    await expectNothingChanged(page, org);
  });
});
