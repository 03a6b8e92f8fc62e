import { callServerAction, forgeSessionCookie } from "../actions";
import { enrol, signInNewContext } from "../account-helpers";
import { createOrganization, expect, test } from "../fixtures";

const ACCOUNT_ACTIONS = "app/(dashboard)/account/actions.ts";
const RULE_ACTIONS = "app/(dashboard)/settings/two-factor/actions.ts";

const accountAttempts = [
  { action: "changePasswordAction", args: [{ currentPassword: "anything", newPassword: "a long enough new passphrase" }] },
  { action: "signOutEverywhereAction", args: [{}] },
  { action: "startTwoFactorAction", args: [{ currentPassword: "anything" }] },
  { action: "confirmTwoFactorAction", args: [{ code: "123456" }] },
  { action: "removeTwoFactorAction", args: [{ currentPassword: "anything" }] },
  // The setting is the caller's own: no user id is taken, so the only thing to refuse is no session.
  { action: "changeTimeZoneAction", args: [{ timeZone: "Europe/Paris" }] },
].map((attempt) => ({ ...attempt, file: ACCOUNT_ACTIONS, from: "/account" }));

const ruleAttempt = { file: RULE_ACTIONS, action: "updateTwoFactorRequirementAction", args: [{ requireTwoFactor: true }], from: "/settings/two-factor" };

test.describe("account pages and actions", () => {
  test.describe.configure({ timeout: 90_000 });

  test("anonymous visitors are sent to sign in and refused every action", async ({ page }) => {
    for (const path of ["/account", "/settings/two-factor"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/sign-in/);
    }
    await forgeSessionCookie(page, test.info().project.use.baseURL!);
    for (const attempt of [...accountAttempts, ruleAttempt]) {
      const { result } = await callServerAction(page, attempt);
      expect(result, attempt.action).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    }
  });

  test("the code step's page opens nothing without a challenge this browser earned, forged or missing", async ({ page }) => {
    const baseURL = test.info().project.use.baseURL!;
    for (const cookie of [null, "forged", "eyJ1IjoiMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwIn0.c2lnbmF0dXJl"]) {
      if (cookie) await page.context().addCookies([{ name: "candor-sign-in-challenge", value: cookie, url: `${baseURL}/sign-in` }]);
      await page.goto("/sign-in/two-factor");
      await expect(page.getByText("This sign-in has expired, or was not started in this browser. Please sign in again.")).toBeVisible();
      await expect(page.getByRole("form", { name: "Two-factor authentication" })).toHaveCount(0);
    }
    await page.goto("/jobs");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("every role has its own account page; only admins see or change the two-factor rule", async ({ browser, org }) => {
    for (const role of ["recruiter", "hiring_manager", "interviewer"] as const) {
      const page = await signInNewContext(browser, org.users[role].email, org.password);
      await page.goto("/account");
      await expect(page.getByRole("heading", { name: "Your account", level: 1 })).toBeVisible();
      await expect(page.getByText(org.users[role].email)).toBeVisible();
      await page.goto("/settings");
      await expect(page.getByRole("main").getByRole("link", { name: "Your account" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Two-factor rule" })).toHaveCount(0);
      const response = await page.goto("/settings/two-factor");
      expect(response?.status(), role).toBe(404);
      const { result } = await callServerAction(page, ruleAttempt);
      expect(result, role).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    // Nothing changed: the admin sees the rule off, and members work without two-factor.
    const admin = await signInNewContext(browser, org.users.admin.email, org.password);
    await admin.goto("/settings/two-factor");
    await expect(admin.getByLabel("Require two-factor authentication for every member")).not.toBeChecked();
    await admin.goto("/jobs");
    await expect(admin.getByRole("heading", { name: "Jobs", level: 1 })).toBeVisible();
  });

  test("another organisation's admin changes only their own organisation and their own sessions", async ({ browser, request, org }) => {
    const victim = await signInNewContext(browser, org.users.admin.email, org.password);
    const other = await createOrganization(request);
    const outsider = await signInNewContext(browser, other.users.admin.email, other.password);
    await enrol(outsider, other.password);

    const { result } = await callServerAction(outsider, ruleAttempt);
    expect(result).toMatchObject({ ok: true });
    // The rule is the outsider's organisation's: their own members must now set up two-factor, the victim's need not.
    const otherMember = await signInNewContext(browser, other.users.recruiter.email, other.password);
    await expect(otherMember).toHaveURL(/\/account\?two-factor=required$/);
    await victim.goto("/settings/two-factor");
    await expect(victim.getByLabel("Require two-factor authentication for every member")).not.toBeChecked();
    const victimMember = await signInNewContext(browser, org.users.recruiter.email, org.password);
    await victimMember.goto("/feedback");
    await expect(victimMember.getByRole("heading", { name: "My feedback", level: 1 })).toBeVisible();

    // Account actions take no user id: signing out everywhere ends the caller's sessions only.
    await callServerAction(outsider, accountAttempts.find((attempt) => attempt.action === "signOutEverywhereAction")!);
    await outsider.goto("/account");
    await expect(outsider).toHaveURL(/\/sign-in/);
    await victim.goto("/jobs");
    await expect(victim.getByRole("heading", { name: "Jobs", level: 1 })).toBeVisible();
  });
});
