import { createFailedJob } from "./background-jobs";
import { expect, test } from "./fixtures";

test.describe("background jobs", () => {
  test("an admin finds a failed job with its error from Settings and retries it", async ({ page, signInPage, org, request, expectAccessible }) => {
    const job = await createFailedJob(request);
    await signInPage.signInAs(org.users.admin.email, org.password, "/settings");
    await page.getByRole("link", { name: "Background jobs" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Background jobs" })).toBeVisible();
    await expect(page).toHaveTitle(/Background jobs/);
    const table = page.getByRole("table", { name: "Queued, running and failed background jobs, newest first" });
    const row = table.getByRole("row").filter({ hasText: job.error });
    await expect(row.getByRole("rowheader")).toHaveText("File storage clean-up");
    await expect(row).toContainText("Failed");
    await expect(row).toContainText("3 of 3");
    await expectAccessible();

    await row.getByRole("button", { name: "Retry File storage clean-up" }).click();
    // Queued again with one more attempt; this server has no S3 bucket, so it waits there.
    await expect(row).toContainText("Waiting to retry");
    await expect(row).toContainText("3 of 4");
    await expect(row.getByRole("button", { name: /Retry/ })).toHaveCount(0);
    await page.reload();
    await expect(table.getByRole("row").filter({ hasText: job.error })).toContainText("Waiting to retry");
    await expectAccessible();
  });

  test("an anonymous visitor is sent to sign in", async ({ page }) => {
    await page.goto("/settings/jobs");
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  });
});
