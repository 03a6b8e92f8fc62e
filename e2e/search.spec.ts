import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { applyAs, candidateIdsIn, requiredAnswers, searchResults as results } from "./candidates";
import { createOrganization, DEMO_PASSWORD, demoUsers, expect, test } from "./fixtures";

async function search(page: Page, text: string) {
  await page.getByLabel("Search", { exact: true }).fill(text);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(text).replace(/%20/g, "\\+")}`));
}

test.describe("candidate search", () => {
  test("a recruiter finds a misspelt name and a resume word, with the reason for each match", async ({ page, request, signInPage, expectAccessible }) => {
    const org = await createOrganization(request, { applicants: 3 });
    await applyAs(request, {
      orgSlug: org.organization.slug,
      jobSlug: org.job.slug,
      name: "Katherine Johansson",
      email: `katherine-${randomUUID()}@example.com`,
      resume: "Katherine Johansson\nMathematician: orbital mechanics, FORTRAN and IBM 7090 programming.",
    });
    await signInPage.signInAs(org.users.recruiter.email, org.password, "/candidates");
    await expect(page.getByRole("status").filter({ hasText: "4 candidates" })).toBeVisible();
    await expectAccessible();

    await search(page, "Katharine Johanson");
    await expect(results(page).first().getByRole("link", { name: "Katherine Johansson" })).toBeVisible();
    await expect(results(page).first()).toContainText("Matched name");

    await search(page, "fortran");
    await expect(results(page)).toHaveCount(1);
    await expect(results(page).first().getByRole("link", { name: "Katherine Johansson" })).toBeVisible();
    await expect(results(page).first().locator("mark")).toHaveText("FORTRAN");
    await expectAccessible();

    await search(page, "astrophysics");
    await expect(page.getByRole("heading", { name: "No candidates match your search" })).toBeVisible();
    await expectAccessible();
  });

  test("a recruiter filters by stage and pages through results, and a reload keeps the search", async ({ page, request, signInPage }) => {
    const org = await createOrganization(request, { applicants: 30 });
    await signInPage.signInAs(org.users.recruiter.email, org.password, "/candidates");
    await search(page, "Postgres");
    await expect(page.getByRole("status").filter({ hasText: "30 candidates found" })).toBeVisible();
    await expect(results(page)).toHaveCount(25);
    await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(results(page)).toHaveCount(5);
    await expect(page.getByText("Page 2 of 2")).toBeVisible();

    await page.getByLabel("Stage").selectOption({ label: "Interview" });
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/stage=interview/);
    await expect(page.getByRole("heading", { name: "No candidates match your search" })).toBeVisible();

    await page.getByLabel("Stage").selectOption({ label: "Applied" });
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/stage=applied/);
    await expect(page).not.toHaveURL(/page=2/);
    await expect(results(page)).toHaveCount(25);
    await page.reload();
    await expect(page.getByLabel("Search", { exact: true })).toHaveValue("Postgres");
    await expect(page.getByLabel("Stage")).toHaveValue("applied");
    await expect(page.getByRole("status").filter({ hasText: "30 candidates found" })).toBeVisible();
  });

  test("a recruiter merges two records of one person and sees every application on the survivor", async ({ page, request, signInPage, expectAccessible }) => {
    const tag = randomUUID().slice(0, 8);
    const name = `Grace Hopper ${tag}`;
    const phone = "+1 202 555 0142";
    await applyAs(request, { orgSlug: "demo", jobSlug: "customer-success-manager", name, email: `grace-${tag}@example.com`, phone, resume: "COBOL and compilers", answers: await requiredAnswers(request, "customer-success-manager") });
    await applyAs(request, {
      orgSlug: "demo",
      jobSlug: "engineering-manager-platform",
      name,
      email: `g.hopper-${tag}@navy.example`,
      phone,
      resume: "Rear admiral, COBOL",
      answers: await requiredAnswers(request, "engineering-manager-platform"),
    });
    await signInPage.signInAs(demoUsers.recruiter, DEMO_PASSWORD, `/candidates?q=${encodeURIComponent(name)}`);
    await expect(results(page)).toHaveCount(2);
    const [first, second] = await candidateIdsIn(page);

    await page.goto(`/candidates/${first}/merge?with=${second}`);
    await expect(page.getByRole("heading", { name: "Merge candidates" })).toBeVisible();
    await expect(page.getByRole("table", { name: "The two candidate records compared" })).toContainText(`g.hopper-${tag}@navy.example`);
    await expectAccessible();

    // Submitting without confirming is refused in place.
    await page.getByRole("button", { name: "Merge records" }).click();
    await expect(page.getByText("Tick the box to confirm the merge.")).toBeVisible();

    await page.getByRole("group", { name: "Contact details to keep" }).getByRole("radio").nth(1).check();
    await page.getByRole("checkbox", { name: /can't be undone/ }).check();
    await page.getByRole("button", { name: "Merge records" }).click();

    await expect(page.getByRole("heading", { name: "Records merged" })).toBeVisible();
    const applications = page.getByRole("list").filter({ hasText: "Customer Success Manager" });
    await expect(applications).toContainText("Engineering Manager, Platform");
    await expectAccessible();

    await page.goto(`/candidates?q=${encodeURIComponent(name)}`);
    await expect(results(page)).toHaveCount(1);
    await expect(results(page).first()).toContainText("Customer Success Manager");
    await expect(results(page).first()).toContainText("Engineering Manager, Platform");
  });

  test("two records that applied to the same job can't be merged, and the page says which job", async ({ page, request, signInPage }) => {
    const org = await createOrganization(request, { applicants: 2 });
    const [a, b] = org.applicants;
    await signInPage.signInAs(org.users.admin.email, org.password, `/candidates/${a!.candidateId}/merge?with=${b!.candidateId}`);
    await expect(page.getByRole("alert").filter({ hasText: "Both candidates applied to" })).toContainText(org.job.title);
    await expect(page.getByRole("button", { name: "Merge records" })).toHaveCount(0);
  });
});
