import type { Browser, Page } from "@playwright/test";
import type { IsolatedOrganization } from "@/db/fixtures";
import { callServerAction } from "../actions";
import { createOrganization, expect, SignInPage, test } from "../fixtures";

type Role = keyof IsolatedOrganization["users"];
type Result = { ok: boolean; code?: string };

const PLAN = { file: "app/(dashboard)/jobs/[jobId]/interview-plan/actions.ts", action: "saveInterviewPlanAction" };
const SCHEDULE = { file: "server/interviews/actions.ts", action: "scheduleInterviewAction" };
const DRAFT = { file: "app/(dashboard)/feedback/[interviewId]/actions.ts", action: "saveScorecardDraftAction" };
const SUBMIT = { file: "app/(dashboard)/feedback/[interviewId]/actions.ts", action: "submitScorecardAction" };
const SETTINGS = { file: "app/(dashboard)/settings/reviews/actions.ts", action: "updateScorecardVisibilityAction" };

async function as(browser: Browser, org: IsolatedOrganization | null, role: Role = "admin"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  if (org) await new SignInPage(page).signInAs(org.users[role].email, org.password);
  return page;
}

async function call(page: Page, target: { file: string; action: string }, input: unknown): Promise<Result> {
  const { result, threw, status } = await callServerAction<Result>(page, { ...target, args: [input] });
  if (threw) {
    // Only a visitor without a session is turned away before the action runs: sent to sign-in.
    expect(status, `${target.action} must answer, not crash`).toBeGreaterThanOrEqual(300);
    expect(status).toBeLessThan(400);
    return { ok: false, code: "REDIRECTED" };
  }
  return result!;
}

const scheduleInput = (org: IsolatedOrganization, title: string, interviewerIds: string[]) => ({
  applicationId: org.applicants[0]!.applicationId,
  plannedInterviewId: "",
  title,
  interviewerIds,
  date: "2030-01-10",
  startTime: "10:00",
  timeZone: "UTC",
  durationMinutes: 60,
  location: "",
});

/**
 * Three organisations so every relation to a job and an interview exists:
 * - `main`: hiring manager and interviewer on the team; "Panel" interview with the hiring manager only.
 * - `managerOnly`: only the hiring manager on the team (its interviewer is off the team).
 * - `interviewerOnly`: only the interviewer on the team (its hiring manager is off the team).
 * Off-team members act on their own organisation's interview, which has its team member on it.
 */
async function setup(browser: Browser, request: Parameters<typeof createOrganization>[0]) {
  const main = await createOrganization(request, { applicants: 1, team: ["hiring_manager", "interviewer"] });
  const managerOnly = await createOrganization(request, { applicants: 1, team: ["hiring_manager"] });
  const interviewerOnly = await createOrganization(request, { applicants: 1, team: ["interviewer"] });
  const other = await createOrganization(request);
  const interviewIds = new Map<IsolatedOrganization, string>();
  for (const [org, role] of [
    [main, "hiring_manager"],
    [managerOnly, "hiring_manager"],
    [interviewerOnly, "interviewer"],
  ] as const) {
    const recruiter = await as(browser, org, "recruiter");
    const scheduled = await callServerAction<{ ok: boolean; data: { interviewId: string } }>(recruiter, {
      ...SCHEDULE,
      args: [scheduleInput(org, "Panel", [org.users[role].id])],
    });
    expect(scheduled.result?.ok).toBe(true);
    interviewIds.set(org, scheduled.result!.data.interviewId);
    await recruiter.context().close();
  }
  return { main, managerOnly, interviewerOnly, other, interviewIds };
}

test.describe("interview and scorecard actions called directly", () => {
  test("only admins and recruiters edit plans and schedule; only admins change review settings", async ({ browser, request }) => {
    test.setTimeout(180_000);
    const { main, managerOnly, interviewerOnly, other } = await setup(browser, request);
    // Allowed callers first: what refused callers send afterwards must not replace what they stored.
    const callers: { who: string; page: Page; plan: boolean; schedule: boolean; settings: boolean }[] = [
      { who: "admin", page: await as(browser, main, "admin"), plan: true, schedule: true, settings: true },
      { who: "recruiter", page: await as(browser, main, "recruiter"), plan: true, schedule: true, settings: false },
      { who: "anonymous", page: await as(browser, null), plan: false, schedule: false, settings: false },
      // The settings action changes the caller's own organisation: another organisation's admin may, and
      // the check below shows this organisation's setting untouched.
      { who: "another organisation's admin", page: await as(browser, other, "admin"), plan: false, schedule: false, settings: true },
      { who: "interviewer off the team", page: await as(browser, managerOnly, "interviewer"), plan: false, schedule: false, settings: false },
      { who: "interviewer on the team", page: await as(browser, main, "interviewer"), plan: false, schedule: false, settings: false },
      { who: "hiring manager on the team", page: await as(browser, main, "hiring_manager"), plan: false, schedule: false, settings: false },
      { who: "hiring manager off the team", page: await as(browser, interviewerOnly, "hiring_manager"), plan: false, schedule: false, settings: false },
    ];
    const interviewStage = main.stages.find((stage) => stage.kind === "interview")!;
    for (const caller of callers) {
      const name = caller.plan ? `Plan by ${caller.who}` : "Hacked plan";
      const plan = await call(caller.page, PLAN, {
        jobId: main.job.id,
        stages: [{ stageId: interviewStage.id, interviews: [{ name, focusAreas: [{ name: "Area", attributes: [{ name: "Skill", guidance: "" }] }] }] }],
      });
      expect(plan.ok, `${caller.who} edits the plan`).toBe(caller.plan);
      const title = caller.schedule ? `Scheduled by ${caller.who}` : "Hacked interview";
      const schedule = await call(caller.page, SCHEDULE, scheduleInput(main, title, [main.users.interviewer.id]));
      expect(schedule.ok, `${caller.who} schedules`).toBe(caller.schedule);
      const settings = await call(caller.page, SETTINGS, { scorecardVisibility: caller.who === "admin" ? "never" : "always" });
      expect(settings.ok, `${caller.who} changes review settings`).toBe(caller.settings);
      if (!caller.plan) expect(["REDIRECTED", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"]).toContain(plan.code);
    }

    // Nothing the refused callers sent was stored.
    const admin = callers[0]!.page;
    await admin.goto(`/jobs/${main.job.id}/interview-plan`);
    await expect(admin.getByRole("group", { name: "Interview: interview 1" }).getByLabel("Interview name")).toHaveValue("Plan by recruiter");
    await expect(admin.getByText("Hacked plan")).toHaveCount(0);
    await admin.goto(`/applications/${main.applicants[0]!.applicationId}`);
    await expect(admin.getByRole("heading", { name: "Scheduled by recruiter" })).toBeVisible();
    await expect(admin.getByRole("heading", { name: "Hacked interview" })).toHaveCount(0);
    await admin.goto("/settings/reviews");
    await expect(admin.getByRole("radio", { name: /^Never/ })).toBeChecked();
  });

  test("only the interview's own interviewers on the team save and submit its scorecard", async ({ browser, request }) => {
    test.setTimeout(180_000);
    const { main, managerOnly, interviewerOnly, other, interviewIds } = await setup(browser, request);
    const cases: { who: string; page: Page; interviewId: string; allowed: boolean }[] = [
      { who: "anonymous", page: await as(browser, null), interviewId: interviewIds.get(main)!, allowed: false },
      { who: "another organisation's admin", page: await as(browser, other, "admin"), interviewId: interviewIds.get(main)!, allowed: false },
      { who: "interviewer off the team", page: await as(browser, managerOnly, "interviewer"), interviewId: interviewIds.get(managerOnly)!, allowed: false },
      { who: "interviewer on the team, not on the interview", page: await as(browser, main, "interviewer"), interviewId: interviewIds.get(main)!, allowed: false },
      { who: "hiring manager off the team", page: await as(browser, interviewerOnly, "hiring_manager"), interviewId: interviewIds.get(interviewerOnly)!, allowed: false },
      { who: "recruiter", page: await as(browser, main, "recruiter"), interviewId: interviewIds.get(main)!, allowed: false },
      { who: "admin", page: await as(browser, main, "admin"), interviewId: interviewIds.get(main)!, allowed: false },
      { who: "hiring manager on the team and the interview", page: await as(browser, main, "hiring_manager"), interviewId: interviewIds.get(main)!, allowed: true },
    ];
    for (const { who, page, interviewId, allowed } of cases) {
      const draft = await call(page, DRAFT, { interviewId, version: 0, ratings: {}, overall: "", keyTakeaways: `Draft by ${who}`, privateNotes: "" });
      expect(draft.ok, `${who} saves a draft`).toBe(allowed);
      const submit = await call(page, SUBMIT, { interviewId, version: allowed ? 1 : 0, ratings: {}, overall: "no", keyTakeaways: `Submitted by ${who}`, privateNotes: "" });
      expect(submit.ok, `${who} submits`).toBe(allowed);
      // The form is as closed as the actions.
      const form = await page.goto(`/feedback/${interviewId}`);
      if (allowed) expect(form?.status()).toBe(200);
      else expect(who === "anonymous" ? page.url() : form?.status()).toEqual(who === "anonymous" ? expect.stringContaining("/sign-in") : 404);
    }
    // Only the allowed scorecard exists.
    const recruiter = cases.find((c) => c.who === "recruiter")!.page;
    await recruiter.goto(`/applications/${main.applicants[0]!.applicationId}`);
    await expect(recruiter.getByText("Submitted by hiring manager on the team and the interview")).toBeVisible();
    await expect(recruiter.getByText(/Submitted by (?!hiring manager on the team)/)).toHaveCount(0);
    // And the calendar download is as closed as the form.
    const outsider = cases.find((c) => c.who === "interviewer on the team, not on the interview")!.page;
    expect((await outsider.request.get(`/feedback/${interviewIds.get(main)}/invite.ics`)).status()).toBe(404);
  });

  test("nobody reads another's scorecard before submitting their own, by page or action", async ({ browser, request }) => {
    test.setTimeout(120_000);
    const org = await createOrganization(request, { applicants: 1, team: ["hiring_manager", "interviewer"] });
    const recruiter = await as(browser, org, "recruiter");
    const scheduled = await callServerAction<{ ok: boolean; data: { interviewId: string } }>(recruiter, {
      ...SCHEDULE,
      args: [scheduleInput(org, "Panel", [org.users.interviewer.id, org.users.hiring_manager.id])],
    });
    const interviewId = scheduled.result!.data.interviewId;
    const interviewer = await as(browser, org, "interviewer");
    const submitted = await call(interviewer, SUBMIT, { interviewId, version: 0, ratings: {}, overall: "strong_yes", keyTakeaways: "SECRET TAKEAWAY", privateNotes: "SECRET NOTE" });
    expect(submitted.ok).toBe(true);

    const manager = await as(browser, org, "hiring_manager");
    for (const path of [`/feedback/${interviewId}`, `/applications/${org.applicants[0]!.applicationId}`, "/feedback"]) {
      await manager.goto(path);
      await expect(manager.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(manager.getByText("SECRET")).toHaveCount(0);
    }
    // The manager's own draft action answers with the manager's version only, nothing of anyone else's.
    const { result } = await callServerAction(manager, { ...DRAFT, args: [{ interviewId, version: 0, ratings: {}, overall: "", keyTakeaways: "", privateNotes: "" }] });
    expect(JSON.stringify(result)).not.toContain("SECRET");
    // Private notes stay with their author, even for the recruiter.
    await recruiter.goto(`/applications/${org.applicants[0]!.applicationId}`);
    await expect(recruiter.getByText("SECRET TAKEAWAY")).toBeVisible();
    await expect(recruiter.getByText("SECRET NOTE")).toHaveCount(0);
  });
});
