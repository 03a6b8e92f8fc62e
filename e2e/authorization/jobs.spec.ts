import { expect, test } from "../fixtures";

test.describe("job access across organisations and teams", () => {
  test("a member of another organisation gets a 404 for this organisation's job", async ({ page, signInPage, org, request }) => {
    const other = (await (await request.post("/api/e2e/fixtures")).json()) as typeof org;
    await signInPage.signInAs(other.users.admin.email, other.password);
    await expect(page.getByTestId("organization-name")).toHaveText(other.organization.name);

    const response = await page.goto(`/jobs/${org.job.id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByText(org.job.title)).toHaveCount(0);

    await page.goto("/jobs");
    await expect(page.getByRole("link", { name: org.job.title })).toHaveCount(0);
  });

  test("an interviewer off the job's team gets a 404 for it", async ({ page, signInPage, org }) => {
    await signInPage.signInAs(org.users.interviewer.email, org.password);
    const response = await page.goto(`/jobs/${org.job.id}`);
    expect(response?.status()).toBe(404);
  });

  test("the test fixture route and health check answer as documented", async ({ request }) => {
    const health = await request.get("/api/health");
    expect(health.status()).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
  });
});
