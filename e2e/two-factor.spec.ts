import type { Page } from "@playwright/test";
import { authenticatorCode, enrol, invite, joinWithPassword, signInNewContext, signOutFromHeader, submitPassword } from "./account-helpers";
import { createOrganization, expect, expectNoAxeViolations, test } from "./fixtures";

/** The code step of sign-in, after email and password. */
function codeStep(page: Page) {
  return page.getByRole("form", { name: "Two-factor authentication" });
}

/** The organisation's admin (signed in on `admin`) sets up two-factor, then requires it of every member. */
async function requireTwoFactor(admin: Page, password: string) {
  await enrol(admin, password);
  await admin.goto("/settings/two-factor");
  await admin.getByLabel("Require two-factor authentication for every member").check();
  await admin.getByRole("button", { name: "Save" }).click();
  await expect(admin.getByText("Two-factor rule saved.")).toBeVisible();
}

test.describe("two-factor authentication", () => {
  test.describe.configure({ timeout: 120_000 });

  test("enrolment, then signing in needs a code from the app, each code accepted once", async ({ browser, org }) => {
    const user = org.users.recruiter;
    const page = await signInNewContext(browser, user.email, org.password);
    const { secret } = await enrol(page, org.password, { checkAccessibility: true });
    await signOutFromHeader(page);

    // The password alone no longer opens a session.
    await submitPassword(page, user.email, org.password);
    await expect(codeStep(page)).toBeVisible();
    await expect(codeStep(page)).toContainText(`Signing in as ${user.email}`);
    await expectNoAxeViolations(page);
    await page.goto("/jobs");
    await expect(page).toHaveURL(/\/sign-in/);

    await submitPassword(page, user.email, org.password);
    await codeStep(page).getByLabel("Authentication code").fill("123456");
    await codeStep(page).getByRole("button", { name: "Verify" }).click();
    await expect(codeStep(page).getByRole("alert")).toHaveText("That code is not right, or was used already. Try the code your app shows now.");
    // The next period's code: the enrolment code of this period was used up.
    await codeStep(page).getByLabel("Authentication code").fill(await authenticatorCode(secret, 1));
    await codeStep(page).getByRole("button", { name: "Verify" }).click();
    await expect(page.getByTestId("organization-name")).toBeVisible();
  });

  test("signing in with a recovery code, each once, also without JavaScript", async ({ browser, org }) => {
    const user = org.users.admin;
    const page = await signInNewContext(browser, user.email, org.password);
    const { recoveryCodes } = await enrol(page, org.password);
    await signOutFromHeader(page);

    // In a browser without JavaScript: the code step is a plain form too.
    const noScript = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await submitPassword(noScript, user.email, org.password);
    await codeStep(noScript).getByLabel("Authentication code").fill(recoveryCodes[0]!.toUpperCase());
    await codeStep(noScript).getByRole("button", { name: "Verify" }).click();
    await expect(noScript.getByTestId("organization-name")).toBeVisible();

    await submitPassword(page, user.email, org.password);
    await codeStep(page).getByLabel("Authentication code").fill(recoveryCodes[0]!);
    await codeStep(page).getByRole("button", { name: "Verify" }).click();
    await expect(codeStep(page).getByRole("alert")).toContainText("That code is not right, or was used already.");
    await codeStep(page).getByLabel("Authentication code").fill(recoveryCodes[1]!);
    await codeStep(page).getByRole("button", { name: "Verify" }).click();
    await expect(page.getByTestId("organization-name")).toBeVisible();
    await page.goto("/account");
    await expect(page.getByText("8 of 10 recovery codes left.")).toBeVisible();
  });

  test("setting up and turning off two-factor need the current password, not a code; sign-in then asks for none", async ({ browser, org }) => {
    const user = org.users.hiring_manager;
    const page = await signInNewContext(browser, user.email, org.password);
    // Whoever finds the browser signed in cannot put their own authenticator on the account.
    await page.goto("/account");
    const start = page.getByRole("form", { name: "Set up two-factor authentication" });
    await start.getByRole("button", { name: "Set up two-factor authentication" }).click();
    await expect(start.getByText("Enter your current password.")).toBeVisible();
    await expect(start.getByLabel("Current password")).toBeFocused();
    await start.getByLabel("Current password").fill("not my password");
    await start.getByRole("button", { name: "Set up two-factor authentication" }).click();
    await expect(start.getByText("That is not your current password.")).toBeVisible();
    await expect(page.getByRole("img", { name: "QR code that adds Candor to your authenticator app" })).toHaveCount(0);
    await expectNoAxeViolations(page);
    const { secret } = await enrol(page, org.password);

    const form = page.getByRole("form", { name: "Turn off two-factor authentication" });
    await form.getByLabel("Current password").fill(await authenticatorCode(secret, 1));
    await form.getByRole("button", { name: "Turn off two-factor authentication" }).click();
    await expect(form.getByText("That is not your current password.")).toBeVisible();
    await expect(page.getByText(/On since/)).toBeVisible();
    await form.getByLabel("Current password").fill(org.password);
    await form.getByRole("button", { name: "Turn off two-factor authentication" }).click();
    await expect(page.getByRole("form", { name: "Set up two-factor authentication" })).toBeVisible();

    await signOutFromHeader(page);
    await submitPassword(page, user.email, org.password);
    await expect(page.getByTestId("organization-name")).toBeVisible();
  });

  test("an organisation that requires two-factor sends members without it to set it up first", async ({ browser, org }) => {
    const interviewer = await signInNewContext(browser, org.users.interviewer.email, org.password);
    const admin = await signInNewContext(browser, org.users.admin.email, org.password);
    await admin.goto("/settings");
    await admin.getByRole("link", { name: "Two-factor rule" }).click();
    await expect(admin.getByText("0 of 4 active members have it on.")).toBeVisible();
    await expectNoAxeViolations(admin);
    // Not before the admin has it: the rule would send them away from this very page.
    await admin.getByLabel("Require two-factor authentication for every member").check();
    await admin.getByRole("button", { name: "Save" }).click();
    await expect(admin.getByRole("alert").filter({ hasText: "Turn on two-factor authentication for your own account first" })).toBeVisible();
    await enrol(admin, org.password);
    await admin.goto("/settings/two-factor");
    await expect(admin.getByText("1 of 4 active members have it on.")).toBeVisible();
    await admin.getByLabel("Require two-factor authentication for every member").check();
    await admin.getByRole("button", { name: "Save" }).click();
    await expect(admin.getByText("Two-factor rule saved.")).toBeVisible();

    // An open session of another member is sent there on its next request, and stays there until enrolled.
    await interviewer.goto("/feedback");
    await expect(interviewer).toHaveURL(/\/account\?two-factor=required$/);
    await expect(interviewer.getByRole("alert").filter({ hasText: `${org.organization.name} requires two-factor authentication` })).toBeVisible();
    await expectNoAxeViolations(interviewer);
    await interviewer.goto(`/jobs/${org.job.id}`);
    await expect(interviewer).toHaveURL(/\/account\?two-factor=required$/);
    await enrol(interviewer, org.password);
    await interviewer.goto("/feedback");
    await expect(interviewer.getByRole("heading", { name: "My feedback", level: 1 })).toBeVisible();
  });

  test("someone with two-factor joins another organisation with their password, then gives their code", async ({ browser, request, page, org }) => {
    const person = org.users.recruiter;
    const own = await signInNewContext(browser, person.email, org.password);
    const { secret } = await enrol(own, org.password);
    const second = await createOrganization(request);
    const link = await invite(await signInNewContext(browser, second.users.admin.email, second.password), person.email);

    await joinWithPassword(page, link, org.password, second.organization.name);
    // The password was right: the code step, not an error page, and no session before the code.
    await expect(page).toHaveURL(/\/sign-in\/two-factor$/);
    await expect(codeStep(page)).toContainText(`Signing in as ${person.email}`);
    await expectNoAxeViolations(page);
    await codeStep(page).getByLabel("Authentication code").fill("000000");
    await codeStep(page).getByRole("button", { name: "Verify" }).click();
    await expect(codeStep(page).getByRole("alert")).toHaveText("That code is not right, or was used already. Try the code your app shows now.");
    await codeStep(page).getByLabel("Authentication code").fill(await authenticatorCode(secret, 1));
    await codeStep(page).getByRole("button", { name: "Verify" }).click();
    await expect(page.getByTestId("organization-name")).toHaveText(second.organization.name);
    await expect(page.getByTestId("member-role")).toHaveText("Interviewer");
    // The code step's challenge has served: its page now says so.
    await page.goto("/sign-in/two-factor");
    await expect(page.getByText("This sign-in has expired, or was not started in this browser. Please sign in again.")).toBeVisible();
  });

  test("a member who has not set up the two-factor their organisation requires still switches to their other organisations", async ({ browser, request, page, org }) => {
    const person = org.users.interviewer;
    const second = await createOrganization(request);
    const link = await invite(await signInNewContext(browser, second.users.admin.email, second.password), person.email, "recruiter");
    await joinWithPassword(page, link, org.password, second.organization.name);
    await expect(page.getByTestId("organization-name")).toHaveText(second.organization.name);
    await requireTwoFactor(await signInNewContext(browser, org.users.admin.email, org.password), org.password);

    // Their first organisation now requires two-factor: signing in lands on their account page.
    const member = await signInNewContext(browser, person.email, org.password);
    await expect(member).toHaveURL(/\/account\?two-factor=required$/);
    await expect(member.getByTestId("organization-name")).toHaveText(org.organization.name);
    await member.getByLabel("Organisation", { exact: true }).selectOption(second.organization.slug);
    await member.getByRole("button", { name: "Switch" }).click();
    await expect(member.getByTestId("organization-name")).toHaveText(second.organization.name);
    await expect(member.getByRole("heading", { name: "Jobs", level: 1 })).toBeVisible();
    await expect(member.getByRole("link", { name: second.job.title })).toBeVisible();

    // The organisation that requires it stays closed until they set it up.
    await member.getByLabel("Organisation", { exact: true }).selectOption(org.organization.slug);
    await member.getByRole("button", { name: "Switch" }).click();
    await expect(member).toHaveURL(/\/account\?two-factor=required$/);
    await expect(member.getByRole("alert").filter({ hasText: `${org.organization.name} requires two-factor authentication` })).toBeVisible();
    await member.goto(`/jobs/${org.job.id}`);
    await expect(member).toHaveURL(/\/account\?two-factor=required$/);
  });

  test("a member who has not set up the two-factor their organisation requires still joins another with one click", async ({ browser, request, org }) => {
    const person = org.users.interviewer;
    await requireTwoFactor(await signInNewContext(browser, org.users.admin.email, org.password), org.password);
    const member = await signInNewContext(browser, person.email, org.password);
    await expect(member).toHaveURL(/\/account\?two-factor=required$/);

    const second = await createOrganization(request);
    const link = await invite(await signInNewContext(browser, second.users.admin.email, second.password), person.email);
    await member.goto(link);
    await member.getByRole("button", { name: `Join ${second.organization.name}` }).click();
    await expect(member.getByTestId("organization-name")).toHaveText(second.organization.name);
    await expect(member.getByRole("heading", { name: "Jobs", level: 1 })).toBeVisible();
  });
});
