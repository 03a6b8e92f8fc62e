import type { Browser, Page } from "@playwright/test";
import type { IsolatedOrganization } from "@/db/fixtures";
import { applyThroughForm } from "./candidates";
import { createOrganization, expect, expectNoAxeViolations, holdScripts, signedInPage, SignInPage, test } from "./fixtures";
import { calendarText, waitForMailWithSubject } from "./mailbox";

/** The recruiter's page for the application of the candidate called `name`, reached from the job's board. */
async function applicationPage(page: Page, org: IsolatedOrganization, name: string) {
  await page.goto(`/jobs/${org.job.id}/pipeline`);
  const href = await page.getByRole("link", { name }).first().getAttribute("href");
  await page.goto(href!.split("?")[0]!);
}

/** Adds a planned interview called `name` to the job's Interview stage. */
async function planInterview(page: Page, org: IsolatedOrganization, name: string) {
  await page.goto(`/jobs/${org.job.id}/interview-plan`);
  await page.getByRole("button", { name: "Add interview to Interview" }).click();
  await page.getByRole("group", { name: "Interview: interview 1" }).getByLabel("Interview name").fill(name);
  await page.getByRole("button", { name: "Save interview plan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Interview plan saved." })).toBeVisible();
}

test("the candidate is invited with an .ics, sees the interview on their status page, and a reschedule updates the same event", async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  const org = await createOrganization(request, { team: ["interviewer"] });
  const candidate = { name: "Ada Invited", email: `ada-${org.organization.slug}@candor.test` };
  await applyThroughForm(page, { orgSlug: org.organization.slug, jobSlug: org.job.slug, ...candidate });
  const statusUrl = page.url().split("?")[0]!;

  const recruiter = await signedInPage(browser, org.users.recruiter.email, org.password);
  await applicationPage(recruiter, org, candidate.name);
  const schedule = recruiter.getByRole("form", { name: "Schedule an interview" });
  await schedule.getByLabel("Interview", { exact: true }).selectOption({ label: "Other (enter a title)" });
  await schedule.getByLabel("Title").fill("Intro call");
  await schedule.getByRole("checkbox", { name: org.users.interviewer.name }).check();
  await schedule.getByLabel("Date").fill("2030-03-12");
  await schedule.getByLabel("Start time").fill("10:00");
  await schedule.getByLabel("Time zone").selectOption("UTC");
  await schedule.getByLabel("Duration (minutes)").fill("30");
  await schedule.getByRole("button", { name: "Schedule interview" }).click();
  await expect(recruiter.getByRole("status").filter({ hasText: "Interview scheduled." })).toBeVisible();

  // The candidate's invitation: the interviewer by name, never their address; a calendar REQUEST.
  const invitation = await waitForMailWithSubject(candidate.email, /^Interview: Intro call/);
  expect(invitation.text).toContain(`With: ${org.users.interviewer.name}`);
  expect(invitation.text).not.toContain(org.users.interviewer.email);
  const ics = calendarText(invitation);
  expect(ics).toContain("METHOD:REQUEST");
  expect(ics).toContain("DTSTART:20300312T100000Z");
  expect(ics).not.toContain(org.users.interviewer.email);
  const uid = /UID:(\S+)/.exec(ics)![1]!;

  // The status page lists it, in the candidate's own zone once its script has run.
  await page.goto(statusUrl);
  const upcoming = page.getByRole("region", { name: "Your upcoming interviews" });
  await expect(upcoming.getByRole("heading", { name: /Intro call/ })).toBeVisible();
  await expect(upcoming).toContainText(org.users.interviewer.name);
  await expect(upcoming.locator("time").first()).toHaveAttribute("datetime", "2030-03-12T10:00:00.000Z");
  await expectNoAxeViolations(page);

  // Moved to the next day: everyone gets an update with the same UID and SEQUENCE 1.
  await recruiter.getByText("Reschedule or cancel Intro call").click();
  const reschedule = recruiter.getByRole("form", { name: "Reschedule Intro call" });
  await reschedule.getByLabel("New date").fill("2030-03-13");
  await reschedule.getByRole("button", { name: "Reschedule and send updates" }).click();
  for (const address of [candidate.email, org.users.interviewer.email]) {
    const update = calendarText(await waitForMailWithSubject(address, /^Interview moved: Intro call/));
    expect(update).toContain(`UID:${uid}`);
    expect(update).toContain("SEQUENCE:1");
    expect(update).toContain("DTSTART:20300313T100000Z");
  }
  await expectNoAxeViolations(recruiter);

  // Cancelled: a METHOD:CANCEL with the same UID, and the status page no longer lists it.
  await recruiter.reload();
  await recruiter.getByText("Reschedule or cancel Intro call").click();
  await recruiter.getByRole("button", { name: "Cancel interview…" }).click();
  await recruiter.getByRole("button", { name: "Yes, cancel the interview" }).click();
  const cancellation = calendarText(await waitForMailWithSubject(candidate.email, /^Interview cancelled: Intro call/));
  expect(cancellation).toContain("METHOD:CANCEL");
  expect(cancellation).toContain(`UID:${uid}`);
  expect(cancellation).toContain("SEQUENCE:2");
  await page.reload();
  await expect(page.getByRole("region", { name: "Your upcoming interviews" })).toHaveCount(0);
});

/** axe needs scripts in the page: it checks the same address in a context of its own with JavaScript on. */
async function expectAccessibleWithScripts(browser: Browser, url: string) {
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  await page.goto(url);
  await expectNoAxeViolations(page);
  await context.close();
}

test.describe("self-scheduling without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  async function sendLinks(browser: Browser, org: IsolatedOrganization) {
    // The recruiter's dashboard runs React: a context of its own, with JavaScript.
    const context = await browser.newContext({ javaScriptEnabled: true });
    const recruiter = await context.newPage();
    await new SignInPage(recruiter).signInAs(org.users.recruiter.email, org.password);
    await planInterview(recruiter, org, "Culture chat");
    const links: string[] = [];
    for (const applicant of org.applicants) {
      await recruiter.goto(`/applications/${applicant.applicationId}`);
      const form = recruiter.getByRole("form", { name: "Send a scheduling link" });
      await form.getByRole("checkbox", { name: org.users.interviewer.name }).check();
      await form.getByLabel("Length (minutes)").fill("60");
      await form.getByRole("button", { name: "Send scheduling link" }).click();
      await expect(recruiter.getByRole("status").filter({ hasText: "Scheduling link sent." })).toBeVisible();
      const mail = await waitForMailWithSubject(applicant.email, /^Choose a time for your interview/);
      links.push(new URL(/(http\S+\/schedule\/\S+)/.exec(mail.text!)![1]!).pathname);
    }
    await context.close();
    return links;
  }

  test("candidates book their own interview; the one who chose a taken time sees fresh times", async ({ page, browser, request }) => {
    test.setTimeout(150_000);
    const org = await createOrganization(request, { applicants: 2, team: ["interviewer"] });
    const [first, second] = await sendLinks(browser, org);

    // The first candidate opens their link: times in UTC until they pick their zone.
    await page.goto(first!);
    await expect(page.getByRole("heading", { name: "Choose your interview time" })).toBeVisible();
    await expect(page.getByText("Times are in UTC.")).toBeVisible();
    await page.getByLabel("Show times in").selectOption("Europe/Berlin");
    await page.getByRole("button", { name: "Show times" }).click();
    await expect(page.getByText("Times are in Europe/Berlin.")).toBeVisible();
    await expectAccessibleWithScripts(browser, page.url());
    const firstSlot = page.getByRole("radio").first();
    const chosen = await firstSlot.getAttribute("value");

    // Meanwhile the second candidate books that very time.
    const other = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await other.goto(`${second!}?tz=Europe/Berlin`);
    await other.locator(`input[type=radio][value="${chosen}"]`).check();
    await other.getByRole("button", { name: "Book this time" }).click();
    await expect(other.getByRole("heading", { name: "Your interview is booked" })).toBeVisible();
    await expectAccessibleWithScripts(browser, other.url());

    // The first candidate's booking of it is refused, with the fresh times.
    await firstSlot.check();
    await page.getByRole("button", { name: "Book this time" }).click();
    await expect(page.getByRole("alert")).toContainText("That time was just taken");
    await expect(page.locator(`input[type=radio][value="${chosen}"]`)).toHaveCount(0);
    await page.getByRole("radio").first().check();
    await page.getByRole("button", { name: "Book this time" }).click();
    await expect(page.getByRole("heading", { name: "Your interview is booked" })).toBeVisible();

    // Everyone is invited; the link books once.
    for (const address of [org.applicants[0]!.email, org.applicants[1]!.email]) {
      expect(calendarText(await waitForMailWithSubject(address, /^Interview: Culture chat/))).toContain("METHOD:REQUEST");
    }
    await waitForMailWithSubject(org.users.interviewer.email, /^Interview: Culture chat/);
    await page.goto(first!);
    await expect(page.getByRole("button", { name: "Book this time" })).toHaveCount(0);
  });

  test("a forged scheduling link is a 404", async ({ page }) => {
    const response = await page.goto("/schedule/forged-token-that-does-not-exist");
    expect(response?.status()).toBe(404);
  });
});

test("a member sets the hours candidates may book them, and a wrong feed address is refused", async ({ browser, request }) => {
  const org = await createOrganization(request);
  const page = await signedInPage(browser, org.users.interviewer.email, org.password, "/account");
  const form = page.getByRole("form", { name: "Interview availability" });
  await expect(form.getByRole("checkbox", { name: "Monday" })).toBeChecked();
  await expect(form.getByRole("checkbox", { name: "Saturday" })).not.toBeChecked();
  await form.getByRole("checkbox", { name: "Monday" }).uncheck();
  await form.getByLabel("From").fill("13:00");
  await form.getByLabel("Calendar feed (iCalendar address)").fill("ftp://calendar.example/me.ics");
  await form.getByRole("button", { name: "Save availability" }).click();
  await expect(form.getByText("Enter an http:// or https:// address")).toBeVisible();
  await form.getByLabel("Calendar feed (iCalendar address)").fill("https://calendar.example/me.ics");
  await form.getByRole("button", { name: "Save availability" }).click();
  await expect(page.getByText("Saved. Candidates booking their own interviews see these hours.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(form.getByRole("checkbox", { name: "Monday" })).not.toBeChecked();
  await expect(form.getByRole("checkbox", { name: "Tuesday" })).toBeChecked();
  await expect(form.getByLabel("From")).toHaveValue("13:00");
  await expect(form.getByLabel("Calendar feed (iCalendar address)")).toHaveValue("https://calendar.example/me.ics");
  // The days are ticked in the server's HTML, before (here: without) the page's scripts.
  await page.route("**/_next/static/chunks/**", (route) => (route.request().url().endsWith(".css") ? route.continue() : route.abort()));
  await page.reload();
  await expect(form.getByRole("checkbox", { name: "Tuesday" })).toBeChecked();
  await expect(form.getByRole("checkbox", { name: "Monday" })).not.toBeChecked();
});

test.describe("in a browser set to Berlin's time", () => {
  test.use({ timezoneId: "Europe/Berlin" });

  test("the form proposes the browser's time zone, but keeps one chosen before the page's scripts ran", async ({ page, request }) => {
    const org = await createOrganization(request, { team: ["interviewer"], applicants: 1 });
    await new SignInPage(page).signInAs(org.users.recruiter.email, org.password);
    await planInterview(page, org, "Portfolio review");
    const schedule = page.getByRole("form", { name: "Schedule an interview" });
    const zone = schedule.getByLabel("Time zone");
    await page.goto(`/applications/${org.applicants[0]!.applicationId}`);
    await expect(zone).toHaveValue("Europe/Berlin");

    const release = await holdScripts(page);
    await page.goto(`/applications/${org.applicants[0]!.applicationId}`, { waitUntil: "commit" });
    await expect(zone).toHaveValue("UTC"); // the server's HTML
    await zone.selectOption("Asia/Tokyo");
    release();
    // Hydrated once the Title's hint follows the chosen interview (the form watches that choice).
    await schedule.getByLabel("Interview", { exact: true }).selectOption({ label: "Other (enter a title)" });
    await expect(schedule.getByText("Required for an interview that is not in the plan.")).toBeVisible();
    await expect(zone).toHaveValue("Asia/Tokyo");
  });
});
