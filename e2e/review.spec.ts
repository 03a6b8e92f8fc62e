import { createOrganization, expect, test } from "./fixtures";
import { sendOfferForApproval } from "./offers";

const reviewPath = (applicationId: string) => `/applications/${applicationId}`;

test.describe("anonymised review, earlier offer decisions and the hiring dashboard", () => {
  test("a recruiter reveals an anonymised candidate's identity, and who and when are shown", async ({ page, signInPage, request, expectAccessible }) => {
    const org = await createOrganization(request, { applicants: 1, anonymizedReview: true, team: ["hiring_manager", "interviewer"] });
    const [applicant] = org.applicants;
    await signInPage.signInAs(org.users.recruiter.email, org.password, reviewPath(applicant!.applicationId));
    const identity = page.getByRole("region", { name: "Anonymised review" });
    await expect(identity.getByTestId("identity-status")).toHaveText("Identity hidden from the hiring team");
    await expectAccessible();

    await identity.getByRole("button", { name: "Reveal identity…" }).click();
    await expect(identity.getByRole("group")).toContainText("This can't be undone.");
    await identity.getByRole("button", { name: "Cancel" }).click();
    await expect(identity.getByRole("button", { name: "Reveal identity…" })).toBeFocused();

    await identity.getByRole("button", { name: "Reveal identity…" }).click();
    await expect(identity.getByRole("button", { name: "Yes, reveal identity" })).toBeFocused();
    await expectAccessible();
    await page.keyboard.press("Enter");
    await expect(identity.getByTestId("identity-status")).toHaveText(new RegExp(`^Revealed by ${org.users.recruiter.name} on \\d+ \\w+ \\d{4}, \\d\\d:\\d\\d UTC$`));
    await expect(identity.getByRole("button", { name: /Reveal identity/ })).toHaveCount(0);
  });

  test("offer decisions recorded before the approval chain stay on the application, read-only", async ({ page, signInPage, request, expectAccessible }) => {
    const org = await createOrganization(request, { applicants: 1, stage: "offer", team: ["hiring_manager"], earlierDecisions: true });
    await signInPage.signInAs(org.users.hiring_manager.email, org.password, reviewPath(org.applicants[0]!.applicationId));
    const earlier = page.getByRole("region", { name: "Earlier offer decisions" });
    await expect(earlier.getByRole("listitem")).toHaveText([
      new RegExp(`^Approved by ${org.users.admin.name} on `),
      new RegExp(`^Declined by ${org.users.hiring_manager.name} on .*Salary is above the band\\.$`),
    ]);
    // Nothing to record there any more: offers are approved in the Offer section.
    await expect(earlier.getByRole("radio")).toHaveCount(0);
    await expect(earlier.getByRole("button")).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Offer", exact: true })).toContainText("No offer drafted yet.");
    await expectAccessible();
  });

  test("the hiring dashboard shows pipeline counts, offers waiting at the viewer's approval step and missing feedback", async ({ page, signInPage, request, expectAccessible }) => {
    const org = await createOrganization(request, { applicants: 2, stage: "offer", team: ["hiring_manager", "interviewer"], pastInterview: true });
    // The recruiter drafts an offer for each applicant and sends it for approval: the hiring manager's step comes first.
    await signInPage.signInAs(org.users.recruiter.email, org.password);
    for (const applicant of org.applicants) await sendOfferForApproval(page, applicant.applicationId);
    await page.context().clearCookies();

    await signInPage.signInAs(org.users.hiring_manager.email, org.password);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Hiring" }).click();
    await expect(page.getByRole("heading", { name: "Hiring", level: 1 })).toBeVisible();

    const pipeline = page.getByRole("list", { name: `Active applicants per stage for ${org.job.title}` }).getByRole("listitem");
    await expect(pipeline).toHaveText([/Applied\s*0/, /Screen\s*0/, /Interview\s*0/, /Offer\s*2/, /Hired\s*0/]);

    const waiting = page.getByRole("region", { name: "Offers waiting for your approval" });
    for (const applicant of org.applicants) {
      await expect(waiting.getByRole("link", { name: applicant.name })).toHaveAttribute("href", `/applications/${applicant.applicationId}#offer-heading`);
    }
    await expect(waiting.getByRole("listitem").first()).toContainText("Step 1 of 2 · waiting since");

    const feedback = page.getByRole("table", { name: /Interviews without a submitted scorecard/ });
    const row = feedback.getByRole("row", { name: new RegExp(org.users.interviewer.name) });
    await expect(row).toContainText("Technical interview");
    await expect(row).toContainText("Overdue");
    await expect(row.getByRole("link", { name: org.applicants[0]!.name })).toBeVisible();
    await expectAccessible();

    // Approved at the hiring manager's step, from the link: the offer now waits for the admin, not for them.
    await waiting.getByRole("link", { name: org.applicants[0]!.name }).click();
    const approval = page.getByRole("form", { name: "Your approval" });
    await approval.getByRole("radio", { name: "Approve" }).check();
    await approval.getByRole("button", { name: "Record my decision" }).click();
    await expect(page.getByRole("region", { name: "Offer", exact: true }).getByText("Waiting for the admin's approval")).toBeVisible();
    await page.goto("/hiring");
    await expect(waiting.getByRole("link")).toHaveText([org.applicants[1]!.name]);
  });

  test("the hiring dashboard has empty states, and interviewers neither see it nor its link", async ({ page, signInPage, org, expectAccessible }) => {
    await signInPage.signInAs(org.users.hiring_manager.email, org.password, "/hiring");
    await expect(page.getByRole("heading", { name: "No offers waiting" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "No feedback missing" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "No open jobs" })).toBeVisible();
    await expectAccessible();

    await signInPage.signInAs(org.users.interviewer.email, org.password);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Hiring" })).toHaveCount(0);
    const response = await page.goto("/hiring");
    expect(response?.status()).toBe(404);
  });
});
