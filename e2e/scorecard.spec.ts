import { createOrganization, expect, test } from "./fixtures";

// The scorecard page: the meeting link is a link, a refused submit says what is wrong where the person
// pressed the button (focus on the list, each item a link to its field, the fields marked invalid), and the
// scale fits a phone.

test("a refused scorecard lists what is wrong, marks the fields and keeps focus; submitting says so", async ({ page, request, signInPage, expectAccessible }) => {
  const org = await createOrganization(request, { applicants: 1, pastInterview: true, team: ["interviewer"] });
  await signInPage.signInAs(org.users.interviewer.email, org.password, "/feedback");
  await page.getByRole("link", { name: `Technical interview with ${org.applicants[0]!.name}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Scorecard: Technical interview/ })).toBeVisible();

  // The meeting URL opens the meeting.
  const meeting = page.getByRole("link", { name: /meet\.example\/technical-interview/ });
  await expect(meeting).toHaveAttribute("href", "https://meet.example/technical-interview");
  await expect(meeting).toHaveAccessibleName(/opens in a new tab/);

  const overall = page.getByRole("group", { name: "Overall recommendation (required)" });
  const submit = page.getByRole("button", { name: "Submit scorecard" });
  await submit.click();
  const summary = page.getByRole("alert").filter({ hasText: "Please correct the highlighted fields." });
  await expect(summary).toBeFocused();
  await expect(overall).toHaveAttribute("aria-invalid", "true");
  await expect(overall).toHaveAccessibleDescription("Choose an overall recommendation");
  await expectAccessible();

  // The summary's link leads to the field.
  await summary.getByRole("link", { name: "Overall recommendation: Choose an overall recommendation" }).click();
  await expect(overall.getByRole("radio", { name: "Strong no" })).toBeFocused();
  await overall.getByRole("radio", { name: "Yes", exact: true }).check();
  await expect(overall).not.toHaveAttribute("aria-invalid");
  await expect(summary).toBeHidden();

  await submit.click();
  await expect(page.getByText("Scorecard submitted.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Update scorecard" })).toBeFocused();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the scorecard's scale fits, two answers to a row, and passes axe", async ({ page, request, signInPage, expectAccessible }) => {
    const org = await createOrganization(request, { applicants: 1, pastInterview: true, team: ["interviewer"] });
    await signInPage.signInAs(org.users.interviewer.email, org.password, "/feedback");
    await page.getByRole("link", { name: `Technical interview with ${org.applicants[0]!.name}` }).click();
    const overall = page.getByRole("group", { name: "Overall recommendation (required)" });
    await expect(overall).toBeVisible();
    // Each answer is one box of one line (40 px tall; a second line would make it 56), two to a row.
    const strongNo = await overall.getByText("Strong no").boundingBox();
    const no = await overall.getByText("No", { exact: true }).boundingBox();
    expect(strongNo!.height).toBeLessThan(48);
    expect(strongNo!.width).toBeGreaterThan(100);
    expect(Math.abs(strongNo!.y - no!.y)).toBeLessThan(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByRole("button", { name: "Submit scorecard" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Please correct the highlighted fields." })).toBeFocused();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible();
  });
});
