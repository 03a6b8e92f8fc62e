import { DEMO_PASSWORD, demoUsers, expect, test } from "../fixtures";

test("npm run dev serves the seeded dashboard and every demo user can sign in", async ({ page, signInPage }) => {
  for (const email of Object.values(demoUsers)) {
    await page.context().clearCookies();
    await signInPage.signInWithForm(email, DEMO_PASSWORD);
    await expect(page.getByTestId("organization-name")).toHaveText("Lumen Robotics");
    await expect(page.getByRole("table", { name: "Jobs and their applicants" })).toBeVisible();
  }
});
