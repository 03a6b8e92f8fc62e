import { callServerAction } from "../actions";
import { createFailedJob } from "../background-jobs";
import { expect, test } from "../fixtures";

const JOB_ACTIONS = "app/(dashboard)/settings/jobs/actions.ts";

test("a recruiter can neither see background jobs nor retry a failed one", async ({ page, signInPage, org, request, browser }) => {
  const job = await createFailedJob(request);
  await signInPage.signInAs(org.users.recruiter.email, org.password, "/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Background jobs" })).toHaveCount(0);

  const response = await page.goto("/settings/jobs");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByText(job.error)).toHaveCount(0);

  // Posted from a page that uses the action, as a crafted request would be.
  const attempt = await callServerAction(page, { file: JOB_ACTIONS, action: "retryJobAction", args: [{ jobId: job.id }], from: "/settings/jobs" });
  expect(attempt.result).toMatchObject({ ok: false, code: "FORBIDDEN" });

  // The job is still failed, as the admin sees it.
  const admin = await (await browser.newContext()).newPage();
  await admin.goto("/sign-in");
  await admin.getByLabel("Email").fill(org.users.admin.email);
  await admin.getByLabel("Password").fill(org.password);
  await admin.getByRole("button", { name: "Sign in" }).click();
  await expect(admin.getByTestId("organization-name")).toBeVisible();
  await admin.goto("/settings/jobs");
  const row = admin.getByRole("row").filter({ hasText: job.error });
  await expect(row).toContainText("Failed");
  await expect(row.getByRole("button", { name: "Retry File storage clean-up" })).toBeVisible();
});
