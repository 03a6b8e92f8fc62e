import type { Page } from "@playwright/test";
import type { IsolatedOrganization } from "@/db/fixtures";
import { createOrganization, expect, expectNoAxeViolations, SignInPage, test } from "./fixtures";
import { startInboundRelay } from "./inbound-relay";
import { waitForMail } from "./mailbox";

// Email to candidates: templates, compose with preview, bulk from the board, scheduled mail, replies
// relayed over real SMTP into the timeline, and the candidate's "decisions only" choice.

async function openCompose(page: Page, org: IsolatedOrganization) {
  await page.goto(`/candidates/${org.applicants[0]!.candidateId}`);
  await page.getByRole("link", { name: "Email about this application" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Email ${org.applicants[0]!.name}` })).toBeVisible();
}

test.describe("email to candidates", () => {
  test("a recruiter composes from a template, the candidate receives it and replies, and the reply shows on the timeline", async ({ page, request, baseURL, expectAccessible }) => {
    const org = await createOrganization(request, { applicants: 1 });
    const applicant = org.applicants[0]!;
    await new SignInPage(page).signInAs(org.users.recruiter.email, org.password);

    await page.goto("/settings/email-templates");
    await expect(page.getByText("No templates yet")).toBeVisible();
    await expectAccessible();
    await page.getByRole("link", { name: "New template" }).click();
    await page.getByLabel("Message").fill("Hi {{candidate_firstname}}");
    await page.getByLabel("Name").fill("Availability");
    await page.getByLabel("Subject").fill("Next steps for {{job_title}}");
    await page.getByRole("button", { name: "Create template" }).click();
    await expect(page.getByText("Unknown merge field {{candidate_firstname}}")).toBeVisible();
    await expect(page.getByLabel("Message")).toBeFocused();
    await expectAccessible();
    await page.getByLabel("Message").fill("Hi {{candidate_first_name}},\n\nWhen could you talk this week?\n\n{{recruiter_name}}, {{organization_name}}");
    await page.getByRole("button", { name: "Create template" }).click();
    await expect(page.getByRole("list", { name: "Templates" }).getByRole("link", { name: "Availability" })).toBeVisible();

    await openCompose(page, org);
    await page.getByLabel("Template").selectOption("Availability");
    await expect(page.getByTestId("preview-subject")).toHaveText(`Next steps for ${org.job.title}`);
    await expect(page.getByTestId("preview-body")).toContainText(`Hi Applicant,`);
    await expect(page.getByTestId("preview-body")).toContainText(`${org.users.recruiter.name}, ${org.organization.name}`);
    await expectAccessible();
    await page.getByRole("button", { name: "Send email" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Email queued for 1 candidate." })).toBeVisible();

    const mail = await waitForMail(applicant.email);
    expect(mail.subject).toBe(`Next steps for ${org.job.title}`);
    expect(mail.text).toContain("When could you talk this week?");
    expect(mail.html).toContain(org.organization.name);
    const replyTo = /reply\+[\w-]+@replies\.candor\.test/.exec(mail.replyTo ?? "")?.[0];
    expect(replyTo, "the message carries the application's reply address").toBeTruthy();

    const relay = await startInboundRelay(baseURL!);
    try {
      await relay.send({
        from: applicant.email,
        to: replyTo,
        subject: `Re: ${mail.subject}`,
        text: `Thursday at 2 pm works for me.\n\nOn Mon, 7 Dec 2026, ${org.organization.name} wrote:\n> Hi Applicant,\n> When could you talk this week?\n`,
        attachments: [{ filename: "availability.txt", content: "Thursday 14:00-16:00\n" }],
      });
      // From another account: kept, and marked as not from the candidate's address.
      await relay.send({ from: "Ada at work <other@example.com>", to: replyTo, subject: `Re: ${mail.subject}`, text: "Sent from my work account." });
      // A forged address (the token's first character changed) is refused by the app, and so by the relay: nothing is stored.
      const forged = replyTo!.replace(/reply\+(.)/, (_, first: string) => `reply+${first === "Z" ? "Y" : "Z"}`);
      await expect(relay.send({ from: applicant.email, to: forged, subject: "Forged", text: "Forged reply" })).rejects.toThrow(/404/);
    } finally {
      await relay.close();
    }

    await page.goto(`/candidates/${applicant.candidateId}`);
    const activity = page.getByRole("region", { name: "Activity" });
    const reply = activity.getByRole("listitem").filter({ hasText: "Thursday at 2 pm works for me." });
    await expect(reply).toContainText(`Re: ${mail.subject}`);
    await expect(reply).not.toContainText("Sent from");
    await expect(activity.getByRole("listitem").filter({ hasText: "Sent from my work account." })).toContainText("Sent from other@example.com, not the candidate's address");
    await expect(reply.getByRole("blockquote")).toHaveText("Thursday at 2 pm works for me.");
    await expect(reply.getByRole("link", { name: "Download availability.txt" })).toBeVisible();
    await expect(activity).not.toContainText("Forged reply");
    await expect(activity.getByRole("listitem").filter({ hasText: /Email:\s*Next steps for/ })).toContainText(`Sent to ${applicant.email}`);
    await expectAccessible();

    await page.goto("/notifications");
    // Both replies notify alike, whichever address they came from.
    await expect(page.getByRole("link", { name: `${applicant.name} replied by email` })).toHaveCount(2);
  });

  test("bulk email to three cards selected on the board", async ({ page, request, expectAccessible }) => {
    const org = await createOrganization(request, { applicants: 3 });
    await new SignInPage(page).signInAs(org.users.recruiter.email, org.password, `/jobs/${org.job.id}/pipeline`);
    for (const applicant of org.applicants) await page.getByRole("checkbox", { name: `Select ${applicant.name}` }).check();
    const toolbar = page.getByRole("region", { name: "Selected applicants" });
    await expect(toolbar).toContainText("3 selected");
    await toolbar.getByRole("link", { name: "Email selected…" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Email 3 candidates" })).toBeVisible();
    await page.getByLabel("Subject").fill("An update on {{job_title}}");
    await page.getByLabel("Message").fill("Dear {{candidate_name}},\n\nThank you for your patience.");
    await expect(page.getByRole("heading", { name: /^Preview for Applicant/ })).toBeVisible();
    await expectAccessible();
    await page.getByRole("button", { name: "Send email" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Email queued for 3 candidates." })).toBeVisible();

    for (const applicant of org.applicants) {
      const mail = await waitForMail(applicant.email);
      expect(mail.subject).toBe(`An update on ${org.job.title}`);
      expect(mail.text).toContain(`Dear ${applicant.name},`);
    }
  });

  test("a scheduled email waits on the timeline and can be cancelled", async ({ page, request }) => {
    const org = await createOrganization(request, { applicants: 1 });
    await new SignInPage(page).signInAs(org.users.recruiter.email, org.password);
    await openCompose(page, org);
    await page.getByLabel("Subject").fill("Reminder: your interview");
    await page.getByLabel("Message").fill("See you soon.");
    await page.getByRole("radio", { name: "Send later" }).check();
    await page.getByRole("button", { name: "Schedule email" }).click();
    await expect(page.getByLabel("Send at")).toBeFocused();
    await expect(page.getByText("Choose when to send it.")).toBeVisible();
    const inTenDays = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel("Send at").fill(`${inTenDays}T09:30`);
    await page.getByRole("button", { name: "Schedule email" }).click();
    await expect(page.getByRole("status").filter({ hasText: /^Email scheduled for .+ to 1 candidate\.$/ })).toBeVisible();

    await page.goto(`/candidates/${org.applicants[0]!.candidateId}`);
    const scheduled = page.getByRole("region", { name: "Activity" }).getByRole("listitem").filter({ hasText: /Scheduled email:\s*Reminder: your interview/ });
    await expect(scheduled).toContainText("Goes out");
    await scheduled.getByRole("button", { name: "Cancel the email “Reminder: your interview”" }).click();
    await expect(page.getByRole("region", { name: "Activity" }).getByRole("listitem").filter({ hasText: "Reminder: your interview (cancelled)" })).toBeVisible();
  });

  test("a candidate who asks for decisions only gets a warning on compose, and only decision mail", async ({ page, browser, request, expectAccessible }) => {
    const org = await createOrganization(request, { applicants: 2 });
    const applicant = org.applicants[0]!;
    await new SignInPage(page).signInAs(org.users.recruiter.email, org.password);
    await openCompose(page, org);
    await page.getByLabel("Subject").fill("Your status page");
    await page.getByLabel("Message").fill("Hi {{candidate_first_name}}, follow your application here: {{status_link}}");
    await page.getByRole("button", { name: "Send email" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Email queued for 1 candidate." })).toBeVisible();
    const statusLink = /(http\S+\/status\/\S+)/.exec((await waitForMail(applicant.email)).text ?? "")![1]!;

    // The candidate, without JavaScript, on their status page.
    const candidate = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await candidate.goto(statusLink);
    await candidate.getByRole("button", { name: "Only email me about decisions" }).click();
    await expect(candidate.getByRole("alert").filter({ hasText: "from now on we only email you about decisions" })).toBeVisible();
    await expect(candidate.getByRole("button", { name: "Email me about my applications again" })).toBeVisible();
    // axe needs scripts: the same page in a browser that runs them.
    const withScripts = await (await browser.newContext()).newPage();
    await withScripts.goto(statusLink);
    await expect(withScripts.getByRole("button", { name: "Email me about my applications again" })).toBeVisible();
    await expectNoAxeViolations(withScripts);

    await openCompose(page, org);
    await expect(page.getByText("Asked for no email except about decisions.", { exact: true })).toBeVisible();
    await expect(page.getByText("One recipient can't receive this email unless it is about a hiring decision")).toBeVisible();
    await expectAccessible();
    await page.getByLabel("Subject").fill("Coffee?");
    await page.getByLabel("Message").fill("Fancy a chat?");
    await page.getByRole("button", { name: "Send email" }).click();
    await expect(page.getByRole("alert").filter({ hasText: `Not sent: ${applicant.name} can't get this email, as they asked for no more email except about decisions.` })).toBeFocused();
    await page.getByLabel("Subject").fill("Our decision");
    await page.getByLabel("Message").fill("We would like to offer you the role.");
    await page.getByRole("checkbox", { name: /About a hiring decision/ }).check();
    await page.getByRole("button", { name: "Send email" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Email queued for 1 candidate." })).toBeVisible();

    // From the board, to both: the other applicant gets it, and the sender is told who did not.
    await page.goto(`/jobs/${org.job.id}/pipeline`);
    for (const a of org.applicants) await page.getByRole("checkbox", { name: `Select ${a.name}` }).check();
    await page.getByRole("region", { name: "Selected applicants" }).getByRole("link", { name: "Email selected…" }).click();
    await page.getByLabel("Subject").fill("Coffee?");
    await page.getByLabel("Message").fill("Fancy a chat?");
    await page.getByRole("button", { name: "Send email" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Email queued" })).toHaveText(
      `Email queued for 1 candidate. It goes out within a minute. Not sent to ${applicant.name}: they asked for no more email except about decisions.`,
    );
  });
});
