import { randomUUID } from "node:crypto";
import path from "node:path";
import type { Page } from "@playwright/test";
import { createOrganization, DEMO_PASSWORD, demoUsers, expect, test } from "./fixtures";

// Candor on a phone (390 × 844): the dashboard's sections fold behind a Menu button, and no page, signed in
// or public, scrolls sideways. (The board's own phone view is in pipeline-board.spec.ts.)

const PHONE_WIDTH = 390;
const resumePdf = path.join(__dirname, "../test/files/resume.pdf");
/** Every settings page an admin opens, and their own account. */
const settingsPages = [
  "/settings",
  "/settings/organization",
  "/settings/members",
  "/settings/jobs",
  "/settings/rejection",
  "/settings/reviews",
  "/settings/mail",
  "/settings/audit-log",
  "/settings/sso",
  "/settings/two-factor",
  "/account",
];

/** Opens each page and checks it is no wider than the phone; every page is checked before the test fails. */
async function expectNoSidewaysScroll(page: Page, paths: string[]) {
  for (const pagePath of paths) {
    await page.goto(pagePath);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    await expectFitsThePhone(page, pagePath);
  }
}

async function expectFitsThePhone(page: Page, what: string) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  // On failure, name what sticks out, to find the fix without a trace.
  const sticksOut = width <= PHONE_WIDTH ? [] : await page.evaluate((limit) => [...document.querySelectorAll("body *")]
    .filter((element) => element.getBoundingClientRect().right > limit)
    .slice(0, 5)
    .map((element) => `<${element.tagName.toLowerCase()} class="${element.getAttribute("class") ?? ""}">`), PHONE_WIDTH);
  expect.soft(width, `${what} is ${width} px wide: ${sticksOut.join(", ")}`).toBeLessThanOrEqual(PHONE_WIDTH);
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: PHONE_WIDTH, height: 844 }, isMobile: true, hasTouch: true });

  test("the dashboard's sections are behind a Menu button that works with the keyboard", async ({ page, signInPage, org, expectAccessible }) => {
    await signInPage.signInAs(org.users.admin.email, org.password);
    const menuButton = page.getByRole("button", { name: "Menu" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(menuButton).toHaveAttribute("aria-expanded", "false");

    await menuButton.focus();
    await page.keyboard.press("Enter");
    const menu = page.getByRole("dialog", { name: "Menu" });
    await expect(menu).toBeVisible();
    // The dialog is modal: it hides the rest of the page, its button too, from screen readers.
    await expect(page.getByRole("button", { name: "Menu", includeHidden: true })).toHaveAttribute("aria-expanded", "true");
    expect(await menu.evaluate((dialog) => dialog.contains(document.activeElement)), "focus moves into the menu").toBe(true);
    await expectAccessible();

    // Every section, the account and signing out are reached with Tab, in order.
    const nav = menu.getByRole("navigation", { name: "Main" });
    for (const target of [
      ...["Hiring", "Jobs", "Candidates", "Reports", "My feedback", "Referrals", "Notifications", "Settings"].map((name) => nav.getByRole("link", { name })),
      menu.getByRole("link", { name: "Account" }),
      menu.getByRole("button", { name: "Sign out" }),
    ]) {
      for (let presses = 0; !(await target.evaluate((element) => element === document.activeElement)); presses++) {
        expect(presses, "Tab reaches it").toBeLessThan(12);
        expect(await menu.evaluate((dialog) => dialog.contains(document.activeElement)), "focus stays in the menu").toBe(true);
        await page.keyboard.press("Tab");
      }
    }

    await page.keyboard.press("Escape");
    await expect(menu).toBeHidden();
    await expect(menuButton).toBeFocused();
    await expect(menuButton).toHaveAttribute("aria-expanded", "false");

    // Choosing a section goes there and closes the menu.
    await menuButton.click();
    await menu.getByRole("link", { name: "Candidates" }).click();
    await expect(page.getByRole("heading", { name: "Candidates", level: 1 })).toBeVisible();
    await expect(menu).toBeHidden();
    await menuButton.click();
    await expect(menu.getByRole("link", { name: "Candidates" })).toHaveAttribute("aria-current", "page");
  });

  test("no dashboard page scrolls sideways", async ({ page, signInPage, request, expectAccessible }) => {
    const org = await createOrganization(request, { applicants: 2, pastInterview: true, team: ["hiring_manager", "interviewer"] });
    const applicant = org.applicants[0]!;
    await signInPage.signInAs(org.users.admin.email, org.password);
    await expectFitsThePhone(page, "the signed-in header");
    // The jobs table scrolls sideways in its own box, and says so.
    await expect(page.getByRole("region", { name: /Jobs and their applicants/ })).toContainText(org.job.title);
    await expect(page.getByText("(scroll sideways for the counts)")).toBeVisible();
    await expectAccessible();
    await expectNoSidewaysScroll(page, [
      "/jobs",
      `/jobs/${org.job.id}`,
      `/jobs/${org.job.id}/edit`,
      `/jobs/${org.job.id}/pipeline`,
      `/jobs/${org.job.id}/stages`,
      `/jobs/${org.job.id}/questions`,
      `/jobs/${org.job.id}/team`,
      `/jobs/${org.job.id}/interview-plan`,
      "/jobs/new",
      "/candidates",
      `/candidates/${applicant.candidateId}`,
      `/applications/${applicant.applicationId}`,
      "/feedback",
      "/notifications",
      "/hiring",
      "/reports",
      "/reports/fairness",
      ...settingsPages,
    ]);
  });

  test("settings, a pending invitation, the account and the job editor pass axe and fit the phone", async ({ page, signInPage, org, expectAccessible }) => {
    test.setTimeout(120_000);
    await signInPage.signInAs(org.users.admin.email, org.password);
    // A pending invitation with a long address: its row folds the role and expiry under the address.
    await page.goto("/settings/members");
    const invite = page.getByRole("form", { name: "Invite someone" });
    const address = `a-rather-long-address-for-a-phone-${org.organization.slug}@example.test`;
    await invite.getByLabel("Email").fill(address);
    await invite.getByRole("button", { name: "Send invitation" }).click();
    await expect(invite.getByRole("status")).toHaveText(`Invitation sent to ${address}.`);
    const row = page.getByRole("row", { name: new RegExp(address) });
    await expect(row.getByRole("button", { name: `Actions for the invitation to ${address}` })).toBeVisible();
    await expectFitsThePhone(page, "the members page with a pending invitation");
    await expectAccessible();
    await row.getByRole("button", { name: `Actions for the invitation to ${address}` }).click();
    await expect(page.getByRole("menuitem", { name: "Revoke invitation…" })).toBeVisible();
    await expectFitsThePhone(page, "the invitation's menu");
    await page.keyboard.press("Escape");

    // Members was checked above, with its invitation.
    for (const pagePath of [...settingsPages.filter((pagePath) => pagePath !== "/settings/members"), `/jobs/${org.job.id}/edit`]) {
      await page.goto(pagePath);
      await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
      await expectFitsThePhone(page, pagePath);
      await expectAccessible();
    }
  });

  test("no page of the demo organisation, full of data, scrolls sideways", async ({ page, signInPage }) => {
    await signInPage.signInAs(demoUsers.admin, DEMO_PASSWORD);
    await expectNoSidewaysScroll(page, ["/jobs", "/candidates", "/hiring", "/reports?groupBy=job", "/reports/fairness", "/notifications", "/settings/members", "/settings/audit-log"]);
    await page.goto("/jobs");
    await page.getByRole("link", { name: "Senior Backend Engineer" }).click();
    await expect(page.getByRole("heading", { name: "Senior Backend Engineer", level: 1 })).toBeVisible();
    await expectFitsThePhone(page, "a demo job");
    await page.getByRole("navigation", { name: "Job sections" }).getByRole("link", { name: /Pipeline/ }).click();
    await expect(page).toHaveURL(/\/pipeline$/);
    await expect(page.getByRole("group", { name: "Stage shown" })).toBeVisible();
    await expectFitsThePhone(page, "a demo pipeline");
    await page.goto("/candidates");
    await page.getByRole("table").getByRole("link").first().click();
    await expect(page).toHaveURL(/\/(candidates|applications)\/[\w-]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectFitsThePhone(page, "a demo candidate");
  });

  test("no public page scrolls sideways, from the careers list to the status page", async ({ page, org }) => {
    await expectNoSidewaysScroll(page, ["/careers/demo", `/careers/${org.organization.slug}`, `/careers/${org.organization.slug}/${org.job.slug}`]);
    await page.goto("/careers/demo");
    await page.getByRole("link", { name: "Senior Backend Engineer" }).click();
    await expect(page.getByRole("heading", { name: "Senior Backend Engineer", level: 1 })).toBeVisible();
    await expectFitsThePhone(page, "a demo posting");
    await page.getByRole("link", { name: "Apply for this job" }).first().click();
    await expect(page.getByRole("heading", { name: "Apply for Senior Backend Engineer" })).toBeVisible();
    await expectFitsThePhone(page, "the demo apply form");

    await page.goto(`/careers/${org.organization.slug}/${org.job.slug}/apply`);
    await page.getByRole("button", { name: "Submit application" }).click();
    await expect(page.getByText("Enter your email address.").first()).toBeVisible();
    await expectFitsThePhone(page, "the apply form with errors");
    await page.getByLabel("Full name").fill("Pia Phone");
    await page.getByLabel("Email").fill(`phone-${randomUUID()}@example.com`);
    await page.getByLabel("Resume").setInputFiles(resumePdf);
    await page.getByLabel(/I have read/).check();
    await page.getByRole("button", { name: "Submit application" }).click();
    await expect(page).toHaveURL(/\/status\/[\w-]+\?submitted=1$/);
    await expect(page.getByRole("heading", { name: "Application received" })).toBeVisible();
    await expectFitsThePhone(page, "the status page");
  });
});

test.describe("on a desktop", () => {
  test("the sections stay in the header, with no Menu button", async ({ page, signInPage, org }) => {
    await signInPage.signInAs(org.users.recruiter.email, org.password);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Candidates" })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Account" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
    await expect(page.getByRole("table", { name: "Jobs and their applicants" })).toBeVisible();
    await expect(page.getByText("(scroll sideways for the counts)")).toBeHidden();
  });
});
