import type { Page } from "@playwright/test";
import { expect, signedInPage, test } from "./fixtures";

/** The header's first and last items (the logo, Settings, Sign out) sit on one line. */
async function expectHeaderOnOneLine(page: Page) {
  const middle = async (name: string) => {
    const box = (await page.getByRole("banner").getByRole(name === "Sign out" ? "button" : "link", { name, exact: true }).boundingBox())!;
    return Math.round(box.y + box.height / 2);
  };
  expect(await middle("Settings")).toBe(await middle("Candor"));
  expect(await middle("Sign out")).toBe(await middle("Candor"));
}

test.describe("accessibility", () => {
  test("sign-in and sign-out pages have no axe violations, including with errors shown", async ({ page, signInPage, expectAccessible }) => {
    await signInPage.goto();
    await expectAccessible();
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter your email address.")).toBeVisible();
    await expectAccessible();
    await page.goto("/sign-out");
    await expectAccessible();
  });

  test("every dashboard page has no axe violations", async ({ page, signInPage, expectAccessible, org }) => {
    await signInPage.signInAs(org.users.recruiter.email, org.password);
    for (const path of ["/jobs", `/jobs/${org.job.id}`, "/candidates", "/feedback", "/settings", "/jobs/missing"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible();
    }
  });

  test("the demo dashboard with data has no axe violations", async ({ page, browser, signInPage, expectAccessible }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await signInPage.signInAs("admin@example.com", "candor-demo");
    await expect(page.getByRole("table")).toBeVisible();
    // Everything an admin sees in the header fits on one line at 1280 px.
    await expectHeaderOnOneLine(page);
    await expectAccessible();
    await page.goto("/candidates");
    await expect(page.getByRole("table")).toBeVisible();
    await expectAccessible();
    // So does the hiring manager's: the same sections, and the longest role, shown in full with their name.
    const manager = await signedInPage(browser, "manager@example.com", "candor-demo");
    await manager.setViewportSize({ width: 1280, height: 800 });
    await expect(manager.getByRole("banner").getByText("Hana Moreau")).toBeVisible();
    await expect(manager.getByRole("banner").getByText("Hiring manager")).toBeVisible();
    await expectHeaderOnOneLine(manager);
    await manager.context().close();
  });

  test("sign-in works with the keyboard alone", async ({ page, org }) => {
    await page.goto("/sign-in");
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Email")).toBeFocused();
    await page.keyboard.type(org.users.recruiter.email);
    await page.keyboard.press("Tab");
    await page.keyboard.type(org.password);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Jobs", level: 1 })).toBeVisible();
  });
});
