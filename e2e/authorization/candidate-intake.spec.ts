import type { Page } from "@playwright/test";
import { createOrganization, expect, SignInPage, test } from "../fixtures";

// Who may add, import, export and refer: interviewers neither import nor export (404 for the pages and the
// download), hiring managers export only their jobs' candidates, nobody exports another organisation's,
// and a referrer sees only their own referrals.

const statusOf = async (page: Page, path: string) => (await page.request.get(path, { maxRedirects: 0 })).status();

test.describe("candidate intake authorization", () => {
  test("an interviewer gets a 404 for adding, importing and exporting, and sees no buttons for them", async ({ page, org }) => {
    await new SignInPage(page).signInAs(org.users.interviewer.email, org.password);
    for (const path of ["/candidates/new", "/candidates/import", "/candidates/prospects"]) expect((await page.goto(path))?.status(), path).toBe(404);
    expect(await statusOf(page, "/candidates/export")).toBe(404);
    await page.goto("/candidates");
    for (const name of ["Add candidate", "Import CSV", "Export CSV"]) await expect(page.getByRole("link", { name })).toHaveCount(0);
  });

  test("a hiring manager cannot add or import, and exports only their hiring team's candidates, never another organisation's", async ({ page, request }) => {
    const org = await createOrganization(request, { applicants: 2, team: ["hiring_manager"], extraJobs: 1 });
    const other = await createOrganization(request, { applicants: 1 });
    await new SignInPage(page).signInAs(org.users.hiring_manager.email, org.password);
    for (const path of ["/candidates/new", "/candidates/import", "/candidates/prospects"]) expect((await page.goto(path))?.status(), path).toBe(404);
    const csv = await (await page.request.get("/candidates/export")).text();
    for (const applicant of org.applicants) expect(csv).toContain(applicant.email);
    expect(csv).not.toContain(other.applicants[0]!.email);
    // Asking for another organisation's job by its id filters to nothing.
    const foreign = await (await page.request.get(`/candidates/export?job=${other.job.id}`)).text();
    expect(foreign.trim().split("\r\n")).toHaveLength(1);
  });

  test("a recruiter's export holds their organisation's candidates only", async ({ page, request }) => {
    const org = await createOrganization(request, { applicants: 1 });
    const other = await createOrganization(request, { applicants: 1 });
    await new SignInPage(page).signInAs(org.users.recruiter.email, org.password);
    const csv = await (await page.request.get("/candidates/export")).text();
    expect(csv).toContain(org.applicants[0]!.email);
    expect(csv).not.toContain(other.applicants[0]!.email);
  });

  test("a referrer sees their own referrals only, with the stage and nothing else", async ({ page, org, browser }) => {
    await new SignInPage(page).signInAs(org.users.interviewer.email, org.password, "/referrals");
    const form = page.getByRole("form", { name: "Refer someone" });
    await form.getByLabel("Their full name").fill("Mary Jackson");
    await form.getByLabel("Their email").fill("mary@example.com");
    await form.getByLabel("Job").selectOption({ label: org.job.title });
    await form.getByRole("button", { name: "Refer" }).click();
    await expect(page.getByRole("region", { name: "My referrals" }).getByRole("row", { name: /Mary Jackson/ })).toBeVisible();
    await expect(page.getByRole("region", { name: "My referrals" })).not.toContainText("mary@example.com");

    const manager = await (await browser.newContext()).newPage();
    await new SignInPage(manager).signInAs(org.users.hiring_manager.email, org.password, "/referrals");
    await expect(manager.getByRole("heading", { name: "No referrals yet" })).toBeVisible();
    await expect(manager.getByText("Mary Jackson")).toHaveCount(0);
    await manager.context().close();
  });
});
