import type { Browser, Page } from "@playwright/test";
import type { IsolatedOrganization } from "@/db/fixtures";
import { createOrganization, expect, expectNoAxeViolations, SignInPage, test } from "./fixtures";
import { waitForMail } from "./mailbox";

async function signedIn(browser: Browser, org: IsolatedOrganization, role: keyof IsolatedOrganization["users"]): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await new SignInPage(page).signInAs(org.users[role].email, org.password);
  return page;
}

test("a recruiter plans and schedules an interview; two interviewers score it independently", async ({ page, browser, signInPage, request, expectAccessible }) => {
  test.setTimeout(120_000);
  const org = await createOrganization(request, { applicants: 1, team: ["hiring_manager", "interviewer"] });
  const applicant = org.applicants[0]!;
  const { interviewer, hiring_manager: manager } = org.users;

  // The plan: a "System design" interview in the Interview stage, with one focus area and attribute.
  await signInPage.signInAs(org.users.recruiter.email, org.password, `/jobs/${org.job.id}/interview-plan`);
  await expect(page.getByRole("heading", { name: "Interview plan" })).toBeVisible();
  await page.getByRole("button", { name: "Add interview to Interview" }).click();
  await page.getByRole("button", { name: "Save interview plan" }).click();
  await expect(page.getByText("Enter a name for the interview")).toBeVisible();
  const interview = page.getByRole("group", { name: "Interview: interview 1" });
  await interview.getByLabel("Interview name").fill("System design");
  await page.getByRole("button", { name: "Add focus area to interview System design" }).click();
  const area = page.getByRole("group", { name: "System design: focus area 1" });
  await area.getByLabel("Focus area name").fill("Architecture");
  await area.getByLabel("Attribute", { exact: true }).fill("Scalability");
  await area.getByLabel("What good looks like").fill("Plans for ten times the load");
  await page.getByRole("button", { name: "Save interview plan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Interview plan saved." })).toBeVisible();
  await expectAccessible();
  await page.reload();
  await expect(page.getByRole("group", { name: "Interview: interview 1" }).getByLabel("Interview name")).toHaveValue("System design");

  // Scheduling with both team members, 14:30 in Berlin.
  await page.goto(`/applications/${applicant.applicationId}`);
  const schedule = page.getByRole("form", { name: "Schedule an interview" });
  await schedule.getByLabel("Interview", { exact: true }).selectOption({ label: "System design (Interview)" });
  await schedule.getByRole("checkbox", { name: interviewer.name }).check();
  await schedule.getByRole("checkbox", { name: manager.name }).check();
  await schedule.getByLabel("Date").fill("2030-03-12");
  await schedule.getByLabel("Start time").fill("14:30");
  await schedule.getByLabel("Time zone").selectOption("Europe/Berlin");
  await schedule.getByLabel("Duration (minutes)").fill("45");
  await schedule.getByLabel("Location or video link").fill("https://meet.example/system-design");
  await schedule.getByRole("button", { name: "Schedule interview" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Interview scheduled." })).toBeVisible();
  // The recruiter reads it in their own zone (their organisation's, UTC), the interview's own zone beside it.
  await expect(page.getByText("Tue, 12 Mar 2030, 13:30–14:15 UTC (14:30–15:15 Europe/Berlin)")).toBeVisible();
  await expect(page.getByRole("list", { name: "Interviewers for System design" })).toContainText(`${interviewer.name}: no scorecard yet`);
  await expectAccessible();

  // Each interviewer is invited by email with a calendar attachment.
  for (const person of [interviewer, manager]) {
    const mail = await waitForMail(person.email);
    expect(mail.subject).toContain("System design");
    expect(mail.text).toContain("14:30–15:15 (Europe/Berlin)");
    expect(mail.attachments).toEqual([expect.objectContaining({ contentType: "text/calendar", filename: "invite.ics" })]);
  }

  // The first interviewer finds it on My feedback, drafts (kept across a reload) and submits Strong yes.
  const first = await signedIn(browser, org, "interviewer");
  await first.goto("/feedback");
  const link = first.getByRole("link", { name: `System design with ${applicant.name}` });
  await expect(link).toBeVisible();
  await expectNoAxeViolations(first);
  await link.click();
  await expect(first.getByRole("heading", { name: `Scorecard: System design with ${applicant.name}` })).toBeVisible();
  const invite = await first.request.get(`${new URL(first.url()).pathname}/invite.ics`);
  expect(invite.headers()["content-type"]).toContain("text/calendar");
  expect(await invite.text()).toContain("DTSTART:20300312T133000Z");
  await expect(first.getByText("Other interviewers’ scorecards appear here once you have submitted your own")).toBeVisible();
  await first.getByRole("group", { name: "Scalability" }).getByLabel("Strong yes").check();
  await expect(first.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await first.reload();
  await expect(first.getByRole("group", { name: "Scalability" }).getByLabel("Strong yes")).toBeChecked();
  await first.getByRole("group", { name: "Overall recommendation (required)" }).getByLabel("Strong yes").check();
  await first.getByLabel("Key takeaways").fill("Designs for scale from the start");
  await first.getByLabel("Private notes").fill("Reminded me of a former colleague");
  await expectNoAxeViolations(first);
  await first.getByRole("button", { name: "Submit scorecard" }).click();
  await expect(first.getByRole("button", { name: "Update scorecard" })).toBeVisible();
  await expect(first.getByText(`Still to submit: ${manager.name} (System design)`)).toBeVisible();

  // The second sees nobody's scorecard while drafting, then submits No and sees both, and the disagreement.
  const second = await signedIn(browser, org, "hiring_manager");
  await second.goto(`/applications/${applicant.applicationId}`);
  await expect(second.getByRole("heading", { name: "Scorecards" })).toBeVisible();
  await expect(second.getByText("Designs for scale from the start")).toHaveCount(0);
  await expect(second.getByRole("table")).toHaveCount(0);
  await second.goto("/feedback");
  await second.getByRole("link", { name: `System design with ${applicant.name}` }).click();
  await second.getByRole("group", { name: "Scalability" }).getByLabel("No", { exact: true }).check();
  await expect(second.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await second.reload();
  await expect(second.getByText("Other interviewers’ scorecards appear here once you have submitted your own")).toBeVisible();
  await expect(second.getByText("Designs for scale from the start")).toHaveCount(0);
  await second.getByRole("group", { name: "Overall recommendation (required)" }).getByLabel("No", { exact: true }).check();
  await second.getByRole("button", { name: "Submit scorecard" }).click();
  await expect(second.getByText("Reviewers disagree")).toBeVisible();
  const grid = second.getByRole("table", { name: "Ratings by interviewer" });
  await expect(grid.getByRole("columnheader", { name: interviewer.name })).toBeVisible();
  await expect(grid.getByRole("columnheader", { name: manager.name })).toBeVisible();
  await expect(grid.getByRole("row", { name: /Scalability/ })).toContainText("Strong yes");
  await expect(second.getByText("Designs for scale from the start")).toBeVisible();
  await expect(second.getByText("Reminded me of a former colleague")).toHaveCount(0);
  await expectNoAxeViolations(second);

  // Changing a submitted scorecard keeps the earlier version.
  await second.getByRole("group", { name: "Overall recommendation (required)" }).getByLabel("Yes", { exact: true }).check();
  await second.getByRole("button", { name: "Update scorecard" }).click();
  const history = second.getByRole("region", { name: "Previous versions" });
  await expect(history).toContainText("overall No");
  await expect(second.getByText("Reviewers disagree")).toHaveCount(0);

  // The recruiter's summary on the application.
  await page.goto(`/applications/${applicant.applicationId}`);
  await expect(page.getByRole("table", { name: "Ratings by interviewer" })).toBeVisible();
  await expect(page.getByText("Every interviewer has submitted a scorecard.")).toBeVisible();
  await expectAccessible();
});


test("an admin chooses when scorecards become visible; nobody else reaches the setting", async ({ page, signInPage, org, expectAccessible, browser }) => {
  await signInPage.signInAs(org.users.admin.email, org.password, "/settings");
  await page.getByRole("link", { name: "Independent review" }).click();
  await expect(page.getByRole("radio", { name: /^After submitting their own/ })).toBeChecked();
  await expectAccessible();
  await page.getByRole("radio", { name: /^Always/ }).check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Review settings saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("radio", { name: /^Always/ })).toBeChecked();

  const recruiter = await signedIn(browser, org, "recruiter");
  expect((await recruiter.goto("/settings/reviews"))?.status()).toBe(404);
  await recruiter.goto("/settings");
  await expect(recruiter.getByRole("link", { name: "Independent review" })).toHaveCount(0);
});
