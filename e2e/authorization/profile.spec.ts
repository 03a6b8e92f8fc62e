import type { Browser, Page } from "@playwright/test";
import type { IsolatedOrganization } from "@/db/fixtures";
import { callServerAction, forgeSessionCookie } from "../actions";
import { createOrganization, expect, test } from "../fixtures";

const PROFILE_ACTIONS = "app/(dashboard)/candidates/[candidateId]/actions.ts";
const NOTIFICATION_ACTIONS = "app/(dashboard)/notifications/actions.ts";

async function signedIn(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("organization-name")).toBeVisible();
  return page;
}

/**
 * An organisation with one applicant, a draft job to add them to, and a notification for the admin.
 * Its hiring manager and interviewer are on no job's team.
 */
async function setUp(browser: Browser, request: Parameters<typeof createOrganization>[0]) {
  const org = await createOrganization(request, { applicants: 1, extraJobs: 1 });
  const [applicant] = org.applicants;
  const recruiter = await signedIn(browser, org.users.recruiter.email, org.password);
  await recruiter.goto(`/candidates/${applicant!.candidateId}`);
  const resumeHref = (await recruiter.getByRole("link", { name: "Download resume.txt" }).getAttribute("href"))!;
  const mention = await callServerAction(recruiter, {
    file: PROFILE_ACTIONS,
    action: "addNoteAction",
    args: [{ candidateId: applicant!.candidateId, body: "For the admin", mentions: [org.users.admin.id] }],
    from: `/candidates/${applicant!.candidateId}`,
  });
  expect(mention.result).toMatchObject({ ok: true });
  const admin = await signedIn(browser, org.users.admin.email, org.password);
  await admin.goto("/notifications");
  const notificationId = (await admin.locator("[data-notification-id]").getAttribute("data-notification-id"))!;
  return { org, recruiter, admin, resumeHref, notificationId };
}

/** The page an attempt is posted from: Next runs an action only for a page that uses it. */
const pageUsing = (attempt: { file: string }, org: IsolatedOrganization) =>
  attempt.file === NOTIFICATION_ACTIONS ? "/notifications" : `/candidates/${org.applicants[0]!.candidateId}`;

/** What each refused attempt must not have left behind. */
async function expectNothingStored({ org, recruiter, admin }: Awaited<ReturnType<typeof setUp>>) {
  await recruiter.goto(`/candidates/${org.applicants[0]!.candidateId}`);
  await expect(recruiter.getByRole("region", { name: "Applications" }).getByRole("article")).toHaveCount(1);
  await expect(recruiter.getByRole("region", { name: "Notes" }).getByText("For the admin")).toHaveCount(1);
  await expect(recruiter.getByRole("region", { name: "Notes" }).getByText("intruder")).toHaveCount(0);
  await admin.reload();
  await expect(admin.getByRole("link", { name: "Notifications (1 unread)" })).toBeVisible();
}

/** The profile, the application page and the resume are a 404 (the same as a page that does not exist) and show nothing. */
async function expectNoAccess(page: Page, org: IsolatedOrganization, resumeHref: string) {
  const [applicant] = org.applicants;
  for (const path of [`/candidates/${applicant!.candidateId}`, `/applications/${applicant!.applicationId}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByText(applicant!.name)).toHaveCount(0);
  }
  for (const href of [resumeHref, `${resumeHref}?preview=1`]) expect((await page.request.get(href)).status(), href).toBe(404);
}

function attempts(org: IsolatedOrganization, notificationId: string) {
  const candidateId = org.applicants[0]!.candidateId;
  return [
    { file: PROFILE_ACTIONS, action: "addNoteAction", args: [{ candidateId, body: "intruder" }] },
    { file: PROFILE_ACTIONS, action: "addNoteAction", args: [{ candidateId, applicationId: org.applicants[0]!.applicationId, body: "intruder" }] },
    { file: PROFILE_ACTIONS, action: "addToJobAction", args: [{ candidateId, jobId: org.extraJobs[0]!.id }] },
    { file: NOTIFICATION_ACTIONS, action: "markNotificationReadAction", args: [{ notificationId }] },
  ];
}

test.describe("candidate profile, application page and files across organisations and teams", () => {
  // Each test signs in several members, and password hashing is deliberately slow.
  test.describe.configure({ timeout: 90_000 });

  test("another organisation's admin gets 404s and every action is refused", async ({ browser, request }) => {
    const setup = await setUp(browser, request);
    const { org, resumeHref, notificationId } = setup;
    const other = await createOrganization(request);
    const outsider = await signedIn(browser, other.users.admin.email, other.password);
    await expectNoAccess(outsider, org, resumeHref);
    for (const attempt of attempts(org, notificationId)) {
      const { result } = await callServerAction(outsider, { ...attempt, from: pageUsing(attempt, org) });
      expect(result, attempt.action).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    await expectNothingStored(setup);
  });

  test("a hiring manager and an interviewer off the job's team get 404s and every action is refused", async ({ browser, request }) => {
    const setup = await setUp(browser, request);
    const { org, resumeHref, notificationId } = setup;
    const expected = ["NOT_FOUND", "NOT_FOUND", "FORBIDDEN", "NOT_FOUND"];
    for (const role of ["hiring_manager", "interviewer"] as const) {
      const member = await signedIn(browser, org.users[role].email, org.password);
      await expectNoAccess(member, org, resumeHref);
      for (const [i, attempt] of attempts(org, notificationId).entries()) {
        const { result } = await callServerAction(member, { ...attempt, from: pageUsing(attempt, org) });
        expect(result, `${role} ${attempt.action}`).toMatchObject({ ok: false, code: expected[i] });
      }
    }
    await expectNothingStored(setup);
  });

  test("anonymous callers are refused every action and every download", async ({ browser, request, page }) => {
    const setup = await setUp(browser, request);
    const { org, resumeHref, notificationId } = setup;
    expect((await page.request.get(resumeHref)).status()).toBe(404);
    await forgeSessionCookie(page, test.info().project.use.baseURL!);
    for (const attempt of [...attempts(org, notificationId), { file: NOTIFICATION_ACTIONS, action: "markAllNotificationsReadAction", args: [{}] }]) {
      const { result } = await callServerAction(page, { ...attempt, from: pageUsing(attempt, org) });
      expect(result, attempt.action).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    }
    await expectNothingStored(setup);
  });
});
