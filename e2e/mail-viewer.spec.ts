import { expect, test } from "./fixtures";

test.describe("outgoing mail viewer", () => {
  test("a recruiter finds it from Settings: empty at first, then the confirmation an applicant was sent", async ({ page, signInPage, org, expectAccessible, request }) => {
    await signInPage.signInAs(org.users.recruiter.email, org.password, "/settings");
    await page.getByRole("link", { name: "Outgoing mail" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Outgoing mail" })).toBeVisible();
    await expect(page).toHaveTitle(/Outgoing mail/);
    await expect(page.getByRole("heading", { name: "No emails yet" })).toBeVisible();
    // The e2e server delivers to a real SMTP server (SMTP_URL is set), so there is no warning banner.
    await expect(page.getByRole("region", { name: "Email is not being delivered" })).toHaveCount(0);
    await expectAccessible();

    const email = `viewer-${org.organization.slug}@example.com`;
    const [posting] = await (await request.get(`/api/v0/postings/${org.organization.slug}?mode=json`)).json();
    const applied = await request.post(`/api/v0/postings/${org.organization.slug}/${posting.id}`, {
      multipart: { name: "Vera Viewer", email, resume: { name: "cv.txt", mimeType: "text/plain", buffer: Buffer.from("Vera Viewer\nEngineer\n") } },
    });
    expect(applied.status()).toBe(200);
    await expect(async () => {
      await page.reload();
      await expect(page.getByRole("row", { name: new RegExp(email) })).toContainText("Sent", { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await expect(page.getByRole("row", { name: new RegExp(email) })).toContainText(`We received your application for ${org.job.title}`);
    await expectAccessible();

    const missing = await page.goto("/settings/mail/not-an-email-id");
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });

  test("an interviewer neither sees the link nor can open the page", async ({ page, signInPage, org }) => {
    await signInPage.signInAs(org.users.interviewer.email, org.password, "/settings");
    await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
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
