import { DEMO_PASSWORD, demoUsers, expect, test } from "./fixtures";

test.describe("staff sign-in", () => {
  for (const [role, email] of Object.entries(demoUsers)) {
    test(`the demo ${role} signs in and sees the dashboard`, async ({ page, signInPage }) => {
      await signInPage.signInWithForm(email, DEMO_PASSWORD);
      await expect(page).toHaveURL(/\/jobs$/);
      await expect(page.getByRole("heading", { name: "Jobs", level: 1 })).toBeVisible();
      await expect(page.getByTestId("organization-name")).toHaveText("Lumen Robotics");
      const nav = page.getByRole("navigation", { name: "Main" });
      for (const item of ["Jobs", "Candidates", "My feedback", "Settings"]) {
        await expect(nav.getByRole("link", { name: item })).toBeVisible();
      }
    });
  }

  test("a wrong password and an unknown email get the same message", async ({ page, signInPage, org }) => {
    await signInPage.goto();
    await signInPage.signIn(org.users.recruiter.email, "not the password");
    await expect(signInPage.alert).toHaveText("Incorrect email or password.");
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByLabel("Email")).toHaveValue(org.users.recruiter.email);
    await expect(page.getByLabel("Password")).toHaveValue("");

    await signInPage.signIn(`nobody-${org.organization.slug}@candor.test`, "whatever it is");
    await expect(signInPage.alert).toHaveText("Incorrect email or password.");
  });

  test("the form explains empty and malformed fields before posting", async ({ page, signInPage }) => {
    await signInPage.goto();
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter your email address.")).toBeVisible();
    await expect(page.getByText("Enter your password.")).toBeVisible();
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter a valid email address, like name@example.com.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  });

  test("repeated failures for one email are refused, even with the right password", async ({ page, signInPage, org }) => {
    await signInPage.goto();
    for (let attempt = 0; attempt < 5; attempt++) {
      await signInPage.signIn(org.users.interviewer.email, `wrong-${attempt}`);
      // The password field empties once the server has answered; only then try again.
      await expect(page.getByLabel("Password")).toHaveValue("");
      await expect(signInPage.alert).toHaveText("Incorrect email or password.");
    }
    await signInPage.signIn(org.users.interviewer.email, org.password);
    await expect(signInPage.alert).toHaveText(/Too many failed sign-in attempts\. Try again in 1[45] minutes\./);
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("an anonymous visitor is sent to sign-in and back to the page they asked for", async ({ page, signInPage, org }) => {
    await page.goto(`/jobs/${org.job.id}`);
    await expect(page).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=%2Fjobs%2F${org.job.id}$`));
    await signInPage.signIn(org.users.recruiter.email, org.password);
    await expect(page).toHaveURL(new RegExp(`/jobs/${org.job.id}$`));
    await expect(page.getByRole("heading", { name: org.job.title })).toBeVisible();
  });

  test("every dashboard page redirects anonymous visitors", async ({ page }) => {
    for (const path of ["/", "/jobs", "/candidates", "/feedback", "/settings"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/sign-in/);
    }
  });

  test("a callback URL to another site is ignored", async ({ page, signInPage, org }) => {
    await signInPage.goto("/sign-in?callbackUrl=https%3A%2F%2Fevil.example%2F");
    await signInPage.signIn(org.users.admin.email, org.password);
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/jobs$/);
  });

  // Each was followed to evil.example (or refused only by luck) by the regex check this replaced.
  for (const callbackUrl of ["%2F%09%2Fevil.example%2F", "%2F%0A%2Fevil.example%2F", "%2F%5Cevil.example", "%2F.%2F%2Fevil.example"]) {
    test(`a signed-in member following /sign-in?callbackUrl=${callbackUrl} lands on /jobs`, async ({ page, signInPage, org }) => {
      await signInPage.signInAs(org.users.admin.email, org.password);
      await page.goto(`/sign-in?callbackUrl=${callbackUrl}`);
      await signInPage.signIn(org.users.admin.email, org.password);
      await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/jobs$/);
      await expect(page.getByTestId("organization-name")).toHaveText(org.organization.name);
    });
  }

  test("signing out ends the session", async ({ page, signInPage, org }) => {
    await signInPage.signInAs(org.users.admin.email, org.password);
    await expect(page.getByTestId("organization-name")).toHaveText(org.organization.name);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto("/jobs");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fjobs$/);
  });
});
