import { generate } from "otplib";
import { expect, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./fixtures";
import { invitationLinks } from "./mailbox";

/** Signs in with email and password in a browser context of its own, and waits for the dashboard. */
export async function signInNewContext(browser: Browser, email: string, password: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  await submitPassword(page, email, password);
  await expect(page.getByTestId("organization-name")).toBeVisible();
  return page;
}

/** The first step of signing in: email and password on the sign-in page. */
export async function submitPassword(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs out with the button in the dashboard's header. */
export async function signOutFromHeader(page: Page) {
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "Sign in to your workspace" })).toBeVisible();
}

/** The code an authenticator app shows for `secret`, `offsetSteps` periods of 30 seconds from now. */
export function authenticatorCode(secret: string, offsetSteps = 0): Promise<string> {
  return generate({ secret: secret.replace(/\s/g, ""), epoch: Math.floor(Date.now() / 1000) + offsetSteps * 30 });
}

/** The reset link in a "forgot password" email. */
export function resetLinkIn(text: string | undefined): string {
  const link = /https?:\/\/\S+\/reset-password\/[A-Za-z0-9_-]+/.exec(text ?? "")?.[0];
  expect(link, "a reset link in the email").toBeTruthy();
  return link!;
}

/** Starts setting up two-factor on the account page, which asks for the current password first. */
export async function startEnrolment(page: Page, password: string) {
  await page.goto("/account");
  const start = page.getByRole("form", { name: "Set up two-factor authentication" });
  await start.getByLabel("Current password").fill(password);
  await start.getByRole("button", { name: "Set up two-factor authentication" }).click();
}

/** Enrols the signed-in member (whose password this is) on their account page; returns the key as shown and the recovery codes. */
export async function enrol(page: Page, password: string, { checkAccessibility = false } = {}) {
  await startEnrolment(page, password);
  await expect(page.getByRole("img", { name: "QR code that adds Candor to your authenticator app" })).toBeVisible();
  const secret = (await page.getByTestId("two-factor-secret").textContent())!;
  if (checkAccessibility) await expectNoAxeViolations(page);

  const form = page.getByRole("form", { name: "Confirm two-factor authentication" });
  await form.getByLabel("Code from your app").fill("000000");
  await form.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  await expect(form.getByText("That code is not right.")).toBeVisible();
  await form.getByLabel("Code from your app").fill(await authenticatorCode(secret));
  await form.getByRole("button", { name: "Turn on two-factor authentication" }).click();

  // No error: a status, focused as the form it replaces goes.
  await expect(page.getByRole("status").filter({ hasText: "Two-factor authentication is on." })).toBeFocused();
  const codes = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recoveryCodes = await codes.allTextContents();
  if (checkAccessibility) await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "I have saved them" }).click();
  await expect(page.getByText(/On since .* 10 of 10 recovery codes left\./)).toBeVisible();
  return { secret, recoveryCodes };
}

/** The admin signed in on `admin` invites `email` to their organisation; returns the link from the invitation email. */
export async function invite(admin: Page, email: string, role: "recruiter" | "hiring_manager" | "interviewer" = "interviewer"): Promise<string> {
  await admin.goto("/settings/members");
  const form = admin.getByRole("form", { name: "Invite someone" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role", { exact: true }).selectOption(role);
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(form.getByRole("status")).toHaveText(`Invitation sent to ${email}.`);
  const [link] = await invitationLinks(email, 1);
  return link!;
}

/** Someone with an account joins another organisation from the invitation link, with their password. */
export async function joinWithPassword(page: Page, link: string, password: string, organizationName: string) {
  await page.goto(link);
  await expect(page.getByText("This address already has a Candor account: enter its password to join.")).toBeVisible();
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: `Join ${organizationName}` }).click();
}
