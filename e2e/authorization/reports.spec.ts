import type { Page } from "@playwright/test";
import { createOrganization, expect, SignInPage, test } from "../fixtures";
import { createReportsOrganization } from "../reports";

// Who can read which report: interviewers none (a 404 for pages and downloads alike), hiring managers
// only their hiring team's jobs, recruiters every report but the fairness one, admins everything.

const pages = ["/reports", "/reports/fairness"];
const downloads = ["/reports/export/funnel", "/reports/export/sources", "/reports/fairness/export"];

async function statusOf(page: Page, path: string) {
  return (await page.request.get(path, { maxRedirects: 0 })).status();
}

test.describe("reports authorization", () => {
  test("an interviewer gets a 404 for every report page and download, and no Reports link", async ({ page, request }) => {
    const org = await createReportsOrganization(request, { team: ["interviewer"] });
    await new SignInPage(page).signInAs(org.users.interviewer.email, org.password);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reports" })).toHaveCount(0);
    for (const path of pages) expect((await page.goto(path))?.status(), path).toBe(404);
    for (const path of downloads) expect(await statusOf(page, path), path).toBe(404);
  });

  test("a hiring manager sees only their jobs' numbers, even when asking for another job, and not the fairness report", async ({ page, request }) => {
    const org = await createReportsOrganization(request, { team: ["hiring_manager"] });
    await new SignInPage(page).signInAs(org.users.hiring_manager.email, org.password, "/reports");
    const funnel = page.getByRole("table", { name: /reached each stage, conversion/ });
    // 50 on their job; the other job's 8 are not counted.
    await expect(funnel.getByRole("row", { name: /^Applied/ }).getByRole("cell").first()).toHaveText("50");
    await expect(page.getByLabel("Job", { exact: true }).getByRole("option")).toHaveText(["All jobs", org.job.title]);

    await page.goto(`/reports?job=${org.reports.otherJobId}`);
    await expect(page.getByRole("heading", { name: "No data for time to hire and time to fill" })).toBeVisible();
    await expect(funnel.getByRole("row", { name: /^Applied/ }).getByRole("cell").first()).toHaveText("0");
    const csv = await page.request.get(`/reports/export/sources?job=${org.reports.otherJobId}`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).not.toContain("LinkedIn");

    for (const path of ["/reports/fairness"]) expect((await page.goto(path))?.status(), path).toBe(404);
    expect(await statusOf(page, "/reports/fairness/export")).toBe(404);
  });

  test("a recruiter reads every job's reports but gets a 404 for the fairness report", async ({ page, request }) => {
    const org = await createReportsOrganization(request);
    await new SignInPage(page).signInAs(org.users.recruiter.email, org.password, "/reports");
    await expect(page.getByRole("table", { name: /reached each stage, conversion/ }).getByRole("row", { name: /^Applied/ }).getByRole("cell").first()).toHaveText("58");
    await expect(page.getByRole("link", { name: "fairness report" })).toHaveCount(0);
    expect((await page.goto("/reports/fairness"))?.status()).toBe(404);
    expect(await statusOf(page, "/reports/fairness/export")).toBe(404);
  });

  test("an anonymous visitor is sent to sign in, downloads are a 404, and another organisation's admin counts none of it", async ({ page, request }) => {
    await createReportsOrganization(request);
    for (const path of downloads) expect(await statusOf(page, path), path).toBe(404);
    await page.goto("/reports");
    await expect(page).toHaveURL(/\/sign-in/);
    const other = await createOrganization(request);
    await new SignInPage(page).signInAs(other.users.admin.email, other.password, "/reports");
    await expect(page.getByRole("table", { name: /reached each stage, conversion/ }).getByRole("row", { name: /^Applied/ }).getByRole("cell").first()).toHaveText("0");
  });
});
