import type { Browser, Page } from "@playwright/test";
import type { IsolatedOrganization } from "@/db/fixtures";
import { createOrganization, expect, expectNoAxeViolations, signedInPage, test } from "./fixtures";
import { waitForMail } from "./mailbox";

// Offers end to end: drafted by a recruiter, approved along the chain, the PDF letter emailed, and the
// candidate's answer on their status page without JavaScript.

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function draftAndSend(browser: Browser, org: IsolatedOrganization): Promise<Page> {
  const recruiter = await signedInPage(browser, org.users.recruiter.email, org.password, `/applications/${org.applicants[0]!.applicationId}`);
  const form = recruiter.getByRole("form", { name: "Draft an offer" });
  await form.getByLabel("Salary").fill("65000");
  await form.getByLabel("Currency").fill("EUR");
  await form.getByLabel("Paid").selectOption("year");
  await form.getByLabel("Start date").fill(day(40));
  await form.getByLabel("Offer expires on").fill(day(10));
  await form.getByLabel("Bonus").fill("10% yearly");
  await form.getByRole("button", { name: "Draft the offer" }).click();
  const section = recruiter.getByRole("region", { name: "Offer", exact: true });
  await expect(section.getByText("Draft", { exact: true })).toBeVisible();
  await expect(section.getByText("EUR 65,000.00 per year")).toBeVisible();
  await expectNoAxeViolations(recruiter);
  await section.getByRole("button", { name: "Send for approval" }).click();
  await expect(section.getByText("Waiting for the hiring manager's approval")).toBeVisible();
  return recruiter;
}

async function decide(browser: Browser, org: IsolatedOrganization, role: "hiring_manager" | "admin", decision: "Approve" | "Decline", comment = "") {
  const page = await signedInPage(browser, org.users[role].email, org.password, `/applications/${org.applicants[0]!.applicationId}`);
  const form = page.getByRole("form", { name: "Your approval" });
  await form.getByRole("radio", { name: decision }).check();
  await form.getByLabel("Comment").fill(comment);
  await expectNoAxeViolations(page);
  await form.getByRole("button", { name: "Record my decision" }).click();
  await expect(page.getByRole("form", { name: "Your approval" })).toHaveCount(0);
  return page;
}

test("an offer is approved by the hiring manager then the admin, emailed as a PDF, and accepted by the candidate without JavaScript", async ({ browser, request }) => {
  const org = await createOrganization(request, { applicants: 1, stage: "offer", team: ["hiring_manager"] });
  const applicant = org.applicants[0]!;
  const recruiter = await draftAndSend(browser, org);

  // The admin's step is second: nothing for them to decide yet.
  const early = await signedInPage(browser, org.users.admin.email, org.password, `/applications/${applicant.applicationId}`);
  await expect(early.getByRole("region", { name: "Offer", exact: true }).getByText("Waiting for the hiring manager's approval")).toBeVisible();
  await expect(early.getByRole("form", { name: "Your approval" })).toHaveCount(0);

  await decide(browser, org, "hiring_manager", "Approve", "Within budget");
  const admin = await decide(browser, org, "admin", "Approve");
  await expect(admin.getByRole("region", { name: "Offer", exact: true }).getByText("Sent to the candidate")).toBeVisible();

  const mail = await waitForMail(applicant.email);
  expect(mail.subject).toContain("Your offer for");
  expect(mail.attachments).toHaveLength(1);
  expect(mail.attachments[0]).toMatchObject({ filename: "offer-letter.pdf", contentType: "application/pdf", head: expect.stringMatching(/^%PDF/) });
  const statusUrl = /(http\S+\/status\/\S+)/.exec(mail.text ?? "")![1]!;

  // The status page with JavaScript, for axe; then the answer as a plain form.
  const withScripts = await (await browser.newContext()).newPage();
  await withScripts.goto(statusUrl);
  await expect(withScripts.getByRole("heading", { name: /^Offer: / })).toBeVisible();
  await expectNoAxeViolations(withScripts);
  const letter = await withScripts.request.get((await withScripts.getByRole("link", { name: /offer letter/ }).getAttribute("href"))!);
  expect((await letter.body()).subarray(0, 4).toString()).toBe("%PDF");

  const candidate = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await candidate.goto(statusUrl);
  await expect(candidate.getByText("EUR 65,000.00 per year")).toBeVisible();
  await candidate.getByLabel("Type your full name to sign and accept").fill("Someone Else");
  await candidate.getByRole("button", { name: "Accept the offer" }).click();
  await expect(candidate.getByText(`Type your full name, ${applicant.name}, to sign`)).toBeVisible();
  await candidate.getByLabel("Type your full name to sign and accept").fill(`  ${applicant.name.toLowerCase()} `);
  await candidate.getByRole("button", { name: "Accept the offer" }).click();
  await expect(candidate.getByText("Thank you: you accepted the offer.")).toBeVisible();
  await expect(candidate.getByText(/You accepted this offer on/)).toBeVisible();
  await expect(candidate.getByRole("button", { name: "Accept the offer" })).toHaveCount(0);

  // The recruiter is told, and moves the candidate to Hired through the board's move.
  await recruiter.goto("/notifications");
  await expect(recruiter.getByText(`${applicant.name} accepted the offer: move them to Hired`)).toBeVisible();
  await recruiter.goto(`/applications/${applicant.applicationId}`);
  const section = recruiter.getByRole("region", { name: "Offer", exact: true });
  await expect(section.getByText("Accepted", { exact: true })).toBeVisible();
  await expect(section.getByText(/signed “/)).toBeVisible();
  await section.getByRole("button", { name: "Move to Hired" }).click();
  await expect(section.getByRole("button", { name: "Move to Hired" })).toHaveCount(0);
  const history = recruiter.getByRole("region", { name: "History", exact: true });
  await expect(history.getByText("Candidate accepted the offer")).toBeVisible();
  await expect(history.getByText("Offer letter sent to the candidate")).toBeVisible();
});

test("a declined approval stops the offer", async ({ browser, request }) => {
  const org = await createOrganization(request, { applicants: 1, stage: "offer", team: ["hiring_manager"] });
  await draftAndSend(browser, org);
  const manager = await signedInPage(browser, org.users.hiring_manager.email, org.password, `/applications/${org.applicants[0]!.applicationId}`);
  const form = manager.getByRole("form", { name: "Your approval" });
  await form.getByRole("radio", { name: "Decline" }).check();
  await form.getByRole("button", { name: "Record my decision" }).click();
  await expect(form.getByText("Say why you decline, so the recruiter can act on it")).toBeVisible();
  await form.getByLabel("Comment").fill("Budget is frozen");
  await form.getByRole("button", { name: "Record my decision" }).click();
  const section = manager.getByRole("region", { name: "Offer", exact: true });
  await expect(section.getByText("Rejected by approver")).toBeVisible();
  await expect(section.getByText("“Budget is frozen”")).toBeVisible();

  const admin = await signedInPage(browser, org.users.admin.email, org.password, `/applications/${org.applicants[0]!.applicationId}`);
  await expect(admin.getByRole("region", { name: "Offer", exact: true }).getByText("Rejected by approver")).toBeVisible();
  await expect(admin.getByRole("form", { name: "Your approval" })).toHaveCount(0);
});

test("an admin sets the approval chain and the letter in Settings → Offers", async ({ page, org, signInPage, expectAccessible }) => {
  await signInPage.signInAs(org.users.admin.email, org.password, "/settings");
  await page.getByRole("link", { name: "Offer approvals and letter" }).click();
  await expect(page.getByRole("heading", { name: "Offer approvals and letter" })).toBeVisible();
  await expect(page.getByLabel("Approver 1")).toHaveValue("hiring_manager");
  await expect(page.getByLabel("Approver 2")).toHaveValue("admin");
  await expectAccessible();
  await page.getByLabel("Approver 2").selectOption("hiring_manager");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Each role may approve once")).toBeVisible();
  await page.getByLabel("Approver 2").selectOption("recruiter");
  await page.getByLabel("Approver 3").selectOption("admin");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved. Offers sent for approval")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Approver 2")).toHaveValue("recruiter");
  await expect(page.getByLabel("Approver 3")).toHaveValue("admin");
});
