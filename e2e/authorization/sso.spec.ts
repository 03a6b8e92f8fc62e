import type { Browser, Page } from "@playwright/test";
import type { IsolatedOrganization } from "@/db/fixtures";
import { callServerAction, forgeSessionCookie } from "../actions";
import { createOrganization, expect, SignInPage, test } from "../fixtures";

const SSO_ACTIONS = "app/(dashboard)/settings/sso/actions.ts";

const takeover = {
  enabled: true,
  issuer: "https://attacker.example",
  clientId: "attacker-client",
  clientSecret: "attacker-secret",
  allowedDomain: "attacker.example",
};

async function signedIn(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await new SignInPage(page).signInAs(email, password);
  return page;
}

/** The organisation's single sign-on as its own admin sees it: still never configured. */
async function expectUnchanged(browser: Browser, org: IsolatedOrganization) {
  const admin = await signedIn(browser, org.users.admin.email, org.password);
  await admin.goto("/settings/sso");
  const form = admin.getByRole("form", { name: "Single sign-on settings" });
  await expect(form.getByLabel("Issuer URL")).toHaveValue("");
  await expect(form.getByLabel("Allowed email domain")).toHaveValue("");
  await expect(form.getByText("Not set yet.")).toBeVisible();
}

test.describe("Settings → Single sign-on is for the organisation's admins", () => {
  test.describe.configure({ timeout: 90_000 });

  test("recruiters, hiring managers and interviewers get a 404 and their saves are refused", async ({ browser, org }) => {
    for (const role of ["recruiter", "hiring_manager", "interviewer"] as const) {
      const page = await signedIn(browser, org.users[role].email, org.password);
      await page.goto("/settings");
      await expect(page.getByRole("link", { name: "Single sign-on settings" })).toHaveCount(0);
      const response = await page.goto("/settings/sso");
      expect(response?.status(), role).toBe(404);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
      const attempt = await callServerAction(page, { file: SSO_ACTIONS, action: "updateSsoSettingsAction", args: [takeover], from: "/settings/sso" });
      expect(attempt.result, role).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    await expectUnchanged(browser, org);
  });

  test("an anonymous visitor is sent to sign in and their save is refused", async ({ page, browser, org }) => {
    await page.goto("/settings/sso");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fsettings%2Fsso$/);
    await forgeSessionCookie(page, test.info().project.use.baseURL!);
    const attempt = await callServerAction(page, { file: SSO_ACTIONS, action: "updateSsoSettingsAction", args: [takeover], from: "/settings/sso" });
    expect(attempt.result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    await expectUnchanged(browser, org);
  });

  test("another organisation's admin sees and changes only their own organisation's", async ({ browser, request, org }) => {
    const other = await createOrganization(request);
    const outsider = await signedIn(browser, other.users.admin.email, other.password);
    await outsider.goto("/settings/sso");
    await expect(outsider.getByTestId("sso-redirect-uri")).toHaveText(new RegExp(`/api/auth/callback/oidc-${other.organization.id}$`));
    await expect(outsider.getByText(org.organization.id)).toHaveCount(0);
    const attempt = await callServerAction(outsider, {
      file: SSO_ACTIONS,
      action: "updateSsoSettingsAction",
      args: [{ ...takeover, allowedDomain: `${other.organization.slug}.example`, organizationId: org.organization.id }],
      from: "/settings/sso",
    });
    expect(attempt.result).toMatchObject({ ok: true });
    await outsider.reload();
    await expect(outsider.getByLabel("Issuer URL")).toHaveValue(takeover.issuer);
    await expectUnchanged(browser, org);
  });
});
