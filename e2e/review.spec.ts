import { callServerAction } from "./actions";
import { createOrganization, expect, test } from "./fixtures";

const reviewPath = (applicationId: string) => `/applications/${applicationId}`;

test.describe("anonymised review and the offer decision", () => {
  test("a recruiter reveals an anonymised candidate's identity, and who and when are shown", async ({ page, signInPage, request, expectAccessible }) => {
    const org = await createOrganization(request, { applicants: 1, anonymizedReview: true, team: ["hiring_manager", "interviewer"] });
    const [applicant] = org.applicants;
    await signInPage.signInAs(org.users.recruiter.email, org.password);
    await page.goto(reviewPath(applicant!.applicationId));
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

  test("the hiring manager approves the offer, and the decision shows who and when", async ({ page, signInPage, request, expectAccessible }) => {
    const org = await createOrganization(request, { applicants: 1, stage: "offer", team: ["hiring_manager"] });
    await signInPage.signInAs(org.users.hiring_manager.email, org.password);
    await page.goto(reviewPath(org.applicants[0]!.applicationId));
    const decision = page.getByRole("region", { name: "Offer decision" });
    await expect(decision).toContainText("Waiting for the hiring manager's decision.");
    await expectAccessible();

    await decision.getByRole("radio", { name: "Approve" }).check();
    await decision.getByRole("button", { name: "Record decision" }).click();
    await expect(decision.getByRole("status")).toHaveText("Your decision was recorded.");
    await expect(decision.getByTestId("latest-decision")).toContainText(`Approved by ${org.users.hiring_manager.name} on`);
    await expect(decision).not.toContainText("Waiting for the hiring manager's decision.");
  });

  test("declining needs a comment; the decline then becomes the latest decision above the earlier one", async ({ page, signInPage, request }) => {
    const org = await createOrganization(request, { applicants: 1, stage: "offer", team: ["hiring_manager"] });
    const applicationId = org.applicants[0]!.applicationId;
    await signInPage.signInAs(org.users.hiring_manager.email, org.password);
    await page.goto(reviewPath(applicationId));
    const decision = page.getByRole("region", { name: "Offer decision" });
    await decision.getByRole("radio", { name: "Approve" }).check();
    await decision.getByRole("button", { name: "Record decision" }).click();
    await expect(decision.getByTestId("latest-decision")).toContainText("Approved by");

    await decision.getByRole("radio", { name: "Decline" }).check();
    await decision.getByRole("button", { name: "Record decision" }).click();
    const comment = decision.getByRole("textbox", { name: "Comment" });
    await expect(comment).toHaveAccessibleDescription(/Say why you are declining, so the recruiter can act on it\./);
    await expect(comment).toBeFocused();
    await expect(decision.getByTestId("latest-decision")).toContainText("Approved by");

    // The server refuses it too, with the same field error, whatever the page does.
    const direct = await callServerAction<{ ok: boolean; code: string; fieldErrors: Record<string, string[]> }>(page, {
      file: "server/review/actions.ts",
      action: "recordDecisionAction",
      args: [{ applicationId, decision: "decline", comment: " " }],
      from: reviewPath(applicationId),
    });
    expect(direct.result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { comment: ["Say why you are declining, so the recruiter can act on it."] } });

    await comment.fill("The budget for this role was cut.");
    await decision.getByRole("button", { name: "Record decision" }).click();
    await expect(decision.getByTestId("latest-decision")).toContainText(`Declined by ${org.users.hiring_manager.name} on`);
    await expect(decision.getByTestId("latest-decision")).toContainText("The budget for this role was cut.");
    await decision.getByText("Earlier decisions (1)").click();
    await expect(decision.getByRole("listitem")).toContainText(`Approved by ${org.users.hiring_manager.name} on`);
  });

  test("the hiring dashboard shows pipeline counts, offers waiting for a decision and missing feedback", async ({ page, signInPage, request, expectAccessible }) => {
    const org = await createOrganization(request, { applicants: 2, stage: "offer", team: ["hiring_manager", "interviewer"], pastInterview: true });
    await signInPage.signInAs(org.users.hiring_manager.email, org.password);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Hiring" }).click();
    await expect(page.getByRole("heading", { name: "Hiring", level: 1 })).toBeVisible();

    const pipeline = page.getByRole("list", { name: `Active applicants per stage for ${org.job.title}` }).getByRole("listitem");
    await expect(pipeline).toHaveText([/Applied\s*0/, /Screen\s*0/, /Interview\s*0/, /Offer\s*2/, /Hired\s*0/]);

    const waiting = page.getByRole("region", { name: "Waiting for your decision" });
    for (const applicant of org.applicants) {
      await expect(waiting.getByRole("link", { name: applicant.name })).toHaveAttribute("href", `/applications/${applicant.applicationId}`);
    }

    const feedback = page.getByRole("table", { name: /Interviews without a submitted scorecard/ });
    const row = feedback.getByRole("row", { name: new RegExp(org.users.interviewer.name) });
    await expect(row).toContainText("Technical interview");
    await expect(row).toContainText("Overdue");
    await expect(row.getByRole("link", { name: org.applicants[0]!.name })).toBeVisible();
    await expectAccessible();

    // Once the decision is recorded, the offer no longer waits.
    await page.goto(reviewPath(org.applicants[0]!.applicationId));
    await page.getByRole("radio", { name: "Approve" }).check();
    await page.getByRole("button", { name: "Record decision" }).click();
    await expect(page.getByTestId("latest-decision")).toBeVisible();
    await page.goto("/hiring");
    await expect(waiting.getByRole("link")).toHaveText([org.applicants[1]!.name]);
  });

  test("the hiring dashboard has empty states, and interviewers neither see it nor its link", async ({ page, signInPage, org, expectAccessible }) => {
    await signInPage.signInAs(org.users.hiring_manager.email, org.password);
    await page.goto("/hiring");
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
