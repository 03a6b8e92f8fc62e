import { DEMO_PASSWORD, demoUsers, expect, test } from "./fixtures";

test.describe("dashboard", () => {
  test("the jobs page lists the organisation's jobs with applicant counts", async ({ page, signInPage }) => {
    await signInPage.signInAs(demoUsers.recruiter, DEMO_PASSWORD);
    const table = page.getByRole("table", { name: "Jobs and their applicants" });
    await expect(table.getByRole("row")).toHaveCount(1 + 7); // header + 5 open, 1 draft, 1 closed
    const backend = table.getByRole("row", { name: /Senior Backend Engineer/ });
    await expect(backend.getByRole("cell").nth(3)).toHaveText(/^[1-9]\d*$/);

    await page.getByRole("link", { name: "Drafts" }).click();
    await expect(page).toHaveURL(/status=draft/);
    await expect(table.getByRole("row")).toHaveCount(2);
    await expect(table.getByRole("link", { name: "Head of People" })).toBeVisible();
  });

  test("a page view asks the server for no other page; pointing at or focusing a link prefetches that one", async ({ page, signInPage, org }) => {
    const prefetched: string[] = [];
    page.on("request", (request) => {
      if (request.headers()["next-router-prefetch"]) prefetched.push(new URL(request.url()).pathname);
    });
    await signInPage.signInAs(org.users.recruiter.email, org.password, "/jobs");
    await expect(page.getByRole("table", { name: "Jobs and their applicants" }).getByRole("link", { name: org.job.title })).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(prefetched).toEqual([]);

    const main = page.getByRole("navigation", { name: "Main" });
    await main.getByRole("link", { name: "Candidates" }).hover();
    await expect.poll(() => prefetched).toContain("/candidates");
    await main.getByRole("link", { name: "Reports" }).focus();
    await expect.poll(() => prefetched).toContain("/reports");
    // Still a client-side navigation: the page is not loaded again.
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await main.getByRole("link", { name: "Candidates" }).click();
    await expect(page).toHaveURL(/\/candidates$/);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  });

  test("a hiring manager sees only the jobs whose team they are on", async ({ page, signInPage }) => {
    await signInPage.signInAs(demoUsers.hiring_manager, DEMO_PASSWORD);
    const table = page.getByRole("table", { name: "Jobs and their applicants" });
    await expect(table.getByRole("link", { name: "Senior Backend Engineer" })).toBeVisible();
    await expect(table.getByRole("link", { name: "Product Designer" })).toHaveCount(0);
  });

  test("the demo's interviewer has scorecards to write, and its hiring manager sees who is missing", async ({ page, signInPage }) => {
    await signInPage.signInAs(demoUsers.interviewer, DEMO_PASSWORD);
    await page.getByRole("link", { name: "My feedback" }).click();
    const awaiting = page.getByRole("region", { name: "Awaiting your scorecard" });
    await expect(awaiting.getByText("Overdue")).toBeVisible();
    await expect(awaiting.getByText("Upcoming")).toBeVisible();
    await expect(page.getByRole("region", { name: "Submitted" }).getByRole("listitem")).toHaveCount(1);

    await page.context().clearCookies();
    await signInPage.signInAs(demoUsers.hiring_manager, DEMO_PASSWORD);
    await page.getByRole("link", { name: "Hiring" }).click();
    const missing = page.getByRole("table", { name: "Interviews without a submitted scorecard, most overdue first" });
    await expect(missing.getByRole("row")).toHaveCount(2); // header + the interviewer's overdue scorecard
    await expect(missing.getByText("Overdue", { exact: true })).toBeVisible();
  });

  test("a new organisation sees empty states, not errors", async ({ page, signInPage, org }) => {
    await signInPage.signInAs(org.users.hiring_manager.email, org.password);
    await expect(page.getByRole("heading", { name: "No jobs yet" })).toBeVisible();
    await page.getByRole("link", { name: "Candidates" }).click();
    await expect(page.getByRole("heading", { name: "No candidates yet" })).toBeVisible();
    await page.getByRole("link", { name: "My feedback" }).click();
    await expect(page.getByRole("heading", { name: "Nothing waiting for your feedback" })).toBeVisible();
  });

  test("the job page shows the pipeline with counts per stage", async ({ page, signInPage, org }) => {
    await signInPage.signInAs(org.users.recruiter.email, org.password);
    await page.getByRole("link", { name: org.job.title }).click();
    await expect(page.getByRole("heading", { name: org.job.title, level: 1 })).toBeVisible();
    const stages = page.getByRole("region", { name: "Pipeline" }).getByRole("listitem");
    await expect(stages).toHaveText([/Applied\s*0/, /Screen\s*0/, /Interview\s*0/, /Offer\s*0/, /Hired\s*0/]);
  });

  test("an unknown page shows the not-found page", async ({ page, signInPage, org }) => {
    await signInPage.signInAs(org.users.admin.email, org.password);
    const response = await page.goto("/jobs/not-a-job-id");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });
});
