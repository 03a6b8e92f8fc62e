import { waitForMail } from "./mailbox";
import { resetLinkIn, signInNewContext, signOutFromHeader, submitPassword } from "./account-helpers";
import { expect, expectNoAxeViolations, test } from "./fixtures";

const NEW_PASSWORD = "harbour lantern willow ninety";

test.describe("passwords and sessions", () => {
  // Several sign-ins per test, password hashing is deliberately slow, and the first test also waits for
  // the email and runs axe on three pages: up to 90 s on a busy 2-core machine.
  test.describe.configure({ timeout: 120_000 });

  test("forgot password: the email's link sets a new password, the old one stops working, the link works once", async ({ page, org, signInPage, expectAccessible }) => {
    const user = org.users.recruiter;
    await signInPage.goto();
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
    await expectAccessible();

    // An unknown address gets exactly the answer a known one gets.
    await page.getByLabel("Email").fill(`nobody-${org.organization.slug}@candor.test`);
    await page.getByRole("button", { name: "Email me a reset link" }).click();
    const answer = page.getByRole("status");
    await expect(answer).toContainText("Check your email");
    const unknownAnswer = (await answer.textContent())!.replace(/\S+@candor\.test/, "<address>");
    await page.reload();
    await page.getByLabel("Email").fill(user.email);
    await page.getByRole("button", { name: "Email me a reset link" }).click();
    await expect(answer).toContainText("Check your email");
    expect((await answer.textContent())!.replace(/\S+@candor\.test/, "<address>")).toBe(unknownAnswer);

    const mail = await waitForMail(user.email);
    expect(mail.subject).toBe("Reset your Candor password");
    const link = resetLinkIn(mail.text);
    await page.goto(link);
    await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
    await expectAccessible();
    await page.getByLabel("New password").fill("password1234");
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page.getByText("This password is one of the most common ones.")).toBeVisible();
    await page.getByLabel("New password").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page).toHaveURL(/\/sign-in\?password=reset$/);
    await expect(page.getByText("Your password has been changed")).toBeVisible();

    await signInPage.signIn(user.email, org.password);
    await expect(signInPage.alert).toHaveText("Incorrect email or password.");
    await signInPage.signIn(user.email, NEW_PASSWORD);
    await expect(page.getByTestId("organization-name")).toBeVisible();

    // Used once: the link now leads to a page that says so, with a way forward.
    await page.goto(link);
    await expect(page.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
    await expectAccessible();
    await page.getByRole("link", { name: "Request a new link" }).click();
    await expect(page).toHaveURL(/\/forgot-password$/);
  });

  test("a forged reset link gets the same clear page", async ({ page }) => {
    await page.goto("/reset-password/not-a-real-token");
    await expect(page.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Request a new link" })).toHaveAttribute("href", "/forgot-password");
  });

  test("forgot password works without JavaScript, and the reset signs out the open session", async ({ browser, org }) => {
    const user = org.users.interviewer;
    const signedIn = await signInNewContext(browser, user.email, org.password);
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto("/forgot-password");
    await page.getByLabel("Email").fill(user.email);
    await page.getByRole("button", { name: "Email me a reset link" }).click();
    await expect(page.getByRole("status")).toContainText("Check your email");

    await page.goto(resetLinkIn((await waitForMail(user.email)).text));
    await page.getByLabel("New password").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page).toHaveURL(/\/sign-in\?password=reset$/);

    await signedIn.goto("/jobs");
    await expect(signedIn).toHaveURL(/\/sign-in/);
  });

  test("a session cookie captured before sign-out gets the sign-in page afterwards", async ({ browser, org }) => {
    const page = await signInNewContext(browser, org.users.hiring_manager.email, org.password);
    const captured = (await page.context().cookies()).filter((cookie) => cookie.name.includes("authjs.session-token"));
    expect(captured).toHaveLength(1);
    await signOutFromHeader(page);

    const replay = await browser.newContext();
    await replay.addCookies(captured);
    const stolen = await replay.newPage();
    await stolen.goto("/jobs");
    await expect(stolen).toHaveURL(/\/sign-in/);
    await expect(stolen.getByRole("heading", { name: "Sign in to your workspace" })).toBeVisible();
  });

  test("the account page lists where you are signed in, and 'Sign out of all devices' ends every session", async ({ browser, org }) => {
    const user = org.users.admin;
    const laptop = await signInNewContext(browser, user.email, org.password);
    const phone = await signInNewContext(browser, user.email, org.password);
    await laptop.getByRole("banner").getByRole("link", { name: "Account" }).click();
    await expect(laptop.getByRole("heading", { name: "Your account", level: 1 })).toBeVisible();
    const sessions = laptop.getByRole("list", { name: "Open sessions" }).getByRole("listitem");
    await expect(sessions).toHaveCount(2);
    await expect(sessions.filter({ hasText: "This device" })).toHaveCount(1);
    await expect(sessions.first()).toContainText("Chrome on Windows");
    await expect(sessions.first()).toContainText("IP address 127.0.0.1");
    await expectNoAxeViolations(laptop);

    await laptop.getByRole("button", { name: "Sign out of all devices" }).click();
    await expect(laptop).toHaveURL(/\/sign-in/);
    await phone.goto("/jobs");
    await expect(phone).toHaveURL(/\/sign-in/);
    await laptop.goto("/jobs");
    await expect(laptop).toHaveURL(/\/sign-in/);
  });

  test("changing the password keeps this browser signed in and signs out the others", async ({ browser, org }) => {
    const user = org.users.recruiter;
    const here = await signInNewContext(browser, user.email, org.password);
    const elsewhere = await signInNewContext(browser, user.email, org.password);
    await here.goto("/account");
    const form = here.getByRole("form", { name: "Change password" });
    await form.getByLabel("Current password").fill("not my password");
    await form.getByLabel("New password").fill(NEW_PASSWORD);
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.getByText("That is not your current password.")).toBeVisible();
    await expect(form.getByLabel("Current password")).toBeFocused();

    await form.getByLabel("Current password").fill(org.password);
    await form.getByLabel("New password").fill(NEW_PASSWORD);
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.getByRole("alert")).toHaveText("Your password has been changed. 1 other session was signed out.");

    await here.goto("/jobs");
    await expect(here.getByTestId("organization-name")).toBeVisible();
    await elsewhere.goto("/jobs");
    await expect(elsewhere).toHaveURL(/\/sign-in/);
    await submitPassword(elsewhere, user.email, org.password);
    await expect(elsewhere.getByRole("form", { name: "Sign in" }).getByRole("alert")).toHaveText("Incorrect email or password.");
  });
});
