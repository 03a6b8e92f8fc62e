import type { Browser, Page } from "@playwright/test";
import type { IsolatedOrganization } from "@/db/fixtures";
import { authenticatorCode, enrol, signInNewContext, signOutFromHeader } from "./account-helpers";
import { expect, expectNoAxeViolations, SignInPage, test } from "./fixtures";
import { OIDC_ISSUER } from "./oidc-provider";

/** Registers Candor at the test identity provider, as an admin does at Okta or Entra ID, with the redirect URI Candor shows. */
async function registerClient(redirectUri: string) {
  const response = await fetch(`${OIDC_ISSUER}/reg`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ redirect_uris: [redirectUri], grant_types: ["authorization_code"], response_types: ["code"], token_endpoint_auth_method: "client_secret_basic" }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { client_id: string; client_secret: string };
}

/** A new browser, and the Content-Security-Policy violations it reports (leaving for the provider must cause none). */
async function newPage(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<Page & { cspViolations: string[] }> {
  const page = Object.assign(await (await browser.newContext(options)).newPage(), { cspViolations: [] as string[] });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (send form data|navigate|connect|load|execute)/i.test(message.text())) page.cspViolations.push(message.text());
  });
  return page;
}

/** The admin opens Settings → Single sign-on, registers Candor at the provider and saves; returns the allowed domain. */
async function configureSso(admin: Page, org: IsolatedOrganization): Promise<string> {
  await new SignInPage(admin).signInAs(org.users.admin.email, org.password, "/settings");
  await admin.getByRole("link", { name: "Single sign-on settings" }).click();
  await expect(admin.getByRole("heading", { name: "Single sign-on", level: 1 })).toBeVisible();
  const redirectUri = (await admin.getByTestId("sso-redirect-uri").textContent())!.trim();
  expect(redirectUri).toBe(`${test.info().project.use.baseURL}/api/auth/callback/oidc-${org.organization.id}`);
  const client = await registerClient(redirectUri);

  const domain = `${org.organization.slug}.example`;
  const form = admin.getByRole("form", { name: "Single sign-on settings" });
  await form.getByLabel("Issuer URL").fill(OIDC_ISSUER);
  await form.getByLabel("Client ID").fill(client.client_id);
  await form.getByLabel("Client secret").fill(client.client_secret);
  await form.getByLabel("Allowed email domain").fill(domain.toUpperCase());
  await form.getByLabel("Allow signing in with SSO").check();
  await form.getByRole("button", { name: "Save" }).click();
  await expect(admin.getByRole("status")).toHaveText("Single sign-on settings saved.");
  // The secret is never shown back, only that one is set.
  await admin.reload();
  await expect(form.getByLabel("Client secret")).toHaveValue("");
  await expect(form.getByText("A client secret is set. Leave this empty to keep it.")).toBeVisible();
  await expect(form.getByLabel("Allowed email domain")).toHaveValue(domain);
  await expect(admin.locator("body")).not.toContainText(client.client_secret);
  return domain;
}

/**
 * From Candor's sign-in page to the organisation's identity provider, by work email or Candor ID; from a
 * page the person was sent to sign in from (`from`), when given.
 */
async function startSso(page: Page, identifier: string, from = "/sign-in") {
  await page.goto(from);
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByRole("link", { name: "Sign in with SSO" }).click();
  await page.getByLabel("Work email").fill(identifier);
  await page.getByRole("button", { name: "Continue" }).click();
}

/** Signs in at the test identity provider as whoever the test says. */
async function signInAtProvider(page: Page, person: { email: string; name: string; verified?: boolean }) {
  await expect(page.getByRole("heading", { name: "Test identity provider" })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(OIDC_ISSUER);
  await page.getByLabel("Email", { exact: true }).fill(person.email);
  await page.getByLabel("Full name").fill(person.name);
  if (person.verified === false) await page.getByLabel("Email address verified").uncheck();
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Whether this browser is signed in: the dashboard opens, or the visitor is sent to sign in. */
async function expectSignedOut(page: Page) {
  await page.goto("/jobs");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByTestId("organization-name")).toHaveCount(0);
}

test.describe("single sign-on with the organisation's OpenID Connect provider", () => {
  // Each test signs an admin in with a password (slow by design) and goes through the provider and back,
  // up to three times: 75 s on a loaded 2-core machine.
  test.describe.configure({ timeout: 150_000 });

  test("an admin sets it up; a new person in the allowed domain signs in and lands on the dashboard as an interviewer", async ({ page, browser, org, expectAccessible }) => {
    const domain = await configureSso(page, org);
    await expectAccessible();

    const person = await newPage(browser);
    await startSso(person, `Noor.Haddad@${domain}`);
    // Candor passes the typed address on, so the provider's form starts with it.
    await expect(person.getByLabel("Email", { exact: true })).toHaveValue(`Noor.Haddad@${domain}`);
    await signInAtProvider(person, { email: `noor.haddad@${domain}`, name: "Noor Haddad" });
    await expect(person).toHaveURL(/\/jobs$/);
    await expect(person.getByTestId("organization-name")).toHaveText(org.organization.name);
    expect(person.cspViolations).toEqual([]);
    // An interviewer: no access to the organisation's settings.
    expect((await person.goto("/settings/sso"))?.status()).toBe(404);
    // Without a password, setting up two-factor right after signing in needs none: the sign-in was the proof.
    await person.goto("/account");
    const start = person.getByRole("form", { name: "Set up two-factor authentication" });
    await expect(start).toContainText("You sign in with single sign-on, so no password is asked for here");
    await expect(start.getByLabel("Current password")).toHaveCount(0);
    // Nor is there a password to change.
    await expect(person.getByRole("form", { name: "Change password" })).toHaveCount(0);
    await expect(person.getByText("your account has no Candor password to change")).toBeVisible();
    await start.getByRole("button", { name: "Set up two-factor authentication" }).click();
    await expect(person.getByRole("img", { name: "QR code that adds Candor to your authenticator app" })).toBeVisible();

    await page.goto("/settings/members");
    await expect(page.getByLabel("Role of Noor Haddad", { exact: true })).toHaveValue("interviewer");
  });

  test("a person outside the domain, or whose address the provider has not verified, is refused with a message", async ({ page, browser, org }) => {
    const domain = await configureSso(page, org);

    const outsider = await newPage(browser);
    // By the organisation's Candor ID, as someone with another address would.
    await startSso(outsider, org.organization.slug);
    await signInAtProvider(outsider, { email: "sam@elsewhere.example", name: "Sam Outsider" });
    await expect(outsider).toHaveURL(/\/sign-in\?error=sso-not-allowed$/);
    await expect(outsider.getByTestId("sign-in-problem").getByRole("alert")).toHaveText(
      "Your address isn't allowed to join this organisation on Candor. Ask one of its admins to invite you.",
    );
    await expectSignedOut(outsider);

    const unverified = await newPage(browser);
    await startSso(unverified, `ivy@${domain}`);
    await signInAtProvider(unverified, { email: `ivy@${domain}`, name: "Ivy Unverified", verified: false });
    await expect(unverified.getByTestId("sign-in-problem").getByRole("alert")).toContainText("has not verified your email address");
    await expectSignedOut(unverified);

    // A domain no organisation uses is answered on Candor's own form, before any provider.
    await startSso(outsider, "sam@elsewhere.example");
    await expect(outsider.getByText(/No organisation on this Candor signs in with single sign-on for that address/)).toBeVisible();
    await expect(outsider.getByLabel("Work email")).toHaveAttribute("aria-invalid", "true");
  });

  test("cancelling at the provider comes back to the sign-in page with a sentence, not an error page", async ({ page, browser, org }) => {
    const domain = await configureSso(page, org);
    const person = await newPage(browser);
    await startSso(person, `lee@${domain}`);
    await expect(person.getByRole("heading", { name: "Test identity provider" })).toBeVisible();
    await person.getByRole("button", { name: "Cancel" }).click();
    await expect(person).toHaveURL(/\/sign-in\?error=/);
    await expect(person.getByTestId("sign-in-problem").getByRole("alert")).toHaveText(
      "Signing in with SSO didn't complete. Try again; if it keeps failing, ask an admin to check the organisation's single sign-on settings.",
    );
    await expect(person.getByRole("heading", { name: "Sign in to your workspace" })).toBeVisible();
    await expectNoAxeViolations(person);
    // A stale or made-up link to an organisation's sign-in says so too.
    await person.goto("/sign-in/sso/start?organization=no-such-organisation&callbackUrl=%2Fjobs");
    await expect(person.getByTestId("sign-in-problem").getByRole("alert")).toContainText("Single sign-on isn't available for this organisation right now.");
    await person.getByRole("link", { name: "Sign in with SSO" }).click();
    await person.getByRole("button", { name: "Continue" }).click();
    await expect(person.getByLabel("Work email")).toHaveAccessibleDescription(/Enter your work email address\./);
    await expectNoAxeViolations(person);
  });

  test("without JavaScript, an existing member signs in by the organisation's Candor ID and keeps their role", async ({ page, browser, org }) => {
    await configureSso(page, org);
    const recruiter = await newPage(browser, { javaScriptEnabled: false });
    await startSso(recruiter, org.organization.slug);
    // The form's answer is a link the browser follows itself (the page's CSP allows form posts to Candor only).
    await recruiter.getByRole("link", { name: `Continue to ${org.organization.name}'s sign-in page` }).click();
    // The provider asserts the member's address in another case: the same user, linked, not a new one.
    await signInAtProvider(recruiter, { email: org.users.recruiter.email.toUpperCase(), name: "Someone Else" });
    await expect(recruiter).toHaveURL(/\/jobs$/);
    await expect(recruiter.getByTestId("organization-name")).toHaveText(org.organization.name);
    await expect(recruiter.getByRole("link", { name: "New job" })).toBeVisible();
    expect(recruiter.cspViolations).toEqual([]);

    await page.goto("/settings/members");
    await expect(page.getByRole("list", { name: "Members" }).getByRole("listitem")).toHaveCount(4);
    await expect(page.getByLabel(`Role of ${org.users.recruiter.name}`, { exact: true })).toHaveValue("recruiter");
  });

  test("a member with two-factor is asked for their code after the provider, like after a password, before any session opens", async ({ page, browser, org }) => {
    await configureSso(page, org);
    const member = org.users.hiring_manager;
    const own = await signInNewContext(browser, member.email, org.password);
    const { secret, recoveryCodes } = await enrol(own, org.password);
    await signOutFromHeader(own);

    // Sent to sign in from a link to their feedback list: that is where the code step ends.
    const person = await newPage(browser);
    await startSso(person, org.organization.slug, "/feedback");
    await signInAtProvider(person, { email: member.email, name: member.name });
    await expect(person).toHaveURL(/\/sign-in\/two-factor$/);
    const codeStep = person.getByRole("form", { name: "Two-factor authentication" });
    await expect(codeStep).toContainText(`Signing in as ${member.email}`);
    await expectNoAxeViolations(person);
    // The provider's word alone opens nothing.
    await expectSignedOut(person);
    await person.goto("/sign-in/two-factor");
    await codeStep.getByLabel("Authentication code").fill("123456");
    await codeStep.getByRole("button", { name: "Verify" }).click();
    await expect(codeStep.getByRole("alert")).toHaveText("That code is not right, or was used already. Try the code your app shows now.");
    await codeStep.getByLabel("Authentication code").fill(await authenticatorCode(secret, 1));
    await codeStep.getByRole("button", { name: "Verify" }).click();
    await expect(person).toHaveURL(/\/feedback$/);
    await expect(person.getByTestId("organization-name")).toHaveText(org.organization.name);
    expect(person.cspViolations).toEqual([]);

    // A recovery code works in its place, also without JavaScript.
    const noScript = await newPage(browser, { javaScriptEnabled: false });
    await startSso(noScript, org.organization.slug);
    await noScript.getByRole("link", { name: `Continue to ${org.organization.name}'s sign-in page` }).click();
    await signInAtProvider(noScript, { email: member.email, name: member.name });
    await noScript.getByLabel("Authentication code").fill(recoveryCodes[0]!);
    await noScript.getByRole("button", { name: "Verify" }).click();
    await expect(noScript.getByTestId("organization-name")).toHaveText(org.organization.name);

    // Both sign-ins are in the audit log with the second factor they used.
    await page.goto("/settings/audit-log");
    await expect(page.getByRole("table").getByText("sso+totp")).toBeVisible();
    await expect(page.getByRole("table").getByText("sso+recovery_code")).toBeVisible();
  });
});
