import { expect, test } from "./fixtures";

test.describe("outgoing mail viewer", () => {
  test("a recruiter finds it from Settings and sees that nothing has been sent or delivered", async ({ page, signInPage, org, expectAccessible }) => {
    await signInPage.signInAs(org.users.recruiter.email, org.password);
    await page.goto("/settings");
    await page.getByRole("link", { name: "Outgoing mail" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Outgoing mail" })).toBeVisible();
    await expect(page).toHaveTitle(/Outgoing mail/);
    // The e2e server runs without SMTP_URL, as a fresh development install does.
    await expect(page.getByRole("region", { name: "Email is not being delivered" })).toContainText("SMTP_URL is not set");
    await expect(page.getByRole("heading", { name: "No emails yet" })).toBeVisible();
    await expectAccessible();

    const missing = await page.goto("/settings/mail/not-an-email-id");
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });

  test("an interviewer neither sees the link nor can open the page", async ({ page, signInPage, org }) => {
    await signInPage.signInAs(org.users.interviewer.email, org.password);
    await page.goto("/settings");
    await expect(page.getByRole("heading", { name: "Members" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Outgoing mail" })).toHaveCount(0);

    const response = await page.goto("/settings/mail");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Outgoing mail" })).toHaveCount(0);
  });

  test("an anonymous visitor is sent to sign in", async ({ page }) => {
    await page.goto("/settings/mail");
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  });
});
