import { DEMO_PASSWORD, demoUsers, expect, test } from "../fixtures";

test("npm run dev serves the seeded dashboard and every demo user can sign in", async ({ page, signInPage }) => {
  for (const [index, email] of Object.values(demoUsers).entries()) {
    await page.context().clearCookies();
    await signInPage.goto();
    await signInPage.signIn(email, DEMO_PASSWORD);
    // The development server compiles each page on its first request: the dashboard after the first
    // sign-in took over 10 s while CI's embedded suite ran beside it. Later sign-ins find it compiled.
    await expect(page.getByTestId("organization-name")).toHaveText("Lumen Robotics", index === 0 ? { timeout: 60_000 } : undefined);
    await expect(page.getByRole("table", { name: "Jobs and their applicants" })).toBeVisible();
  }
});
