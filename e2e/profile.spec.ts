import { candidateAlias } from "@/lib/review/identity";
import { waitForMail } from "./mailbox";
import { createOrganization, expect, test } from "./fixtures";

test.describe("candidate profile and application page", () => {
  test("a recruiter reviews a candidate, downloads the resume, notes with a mention, and adds them to another job", async ({
    page,
    request,
    signInPage,
    expectAccessible,
  }) => {
    const org = await createOrganization(request, { applicants: 2, team: ["hiring_manager"], extraJobs: 1 });
    const [applicant] = org.applicants;
    const { recruiter, hiring_manager: manager } = org.users;
    await signInPage.signInAs(recruiter.email, org.password, `/candidates/${applicant!.candidateId}`);

    await expect(page.getByRole("heading", { level: 1, name: applicant!.name })).toBeVisible();
    await expect(page).toHaveTitle(`${applicant!.name} · Candor`);
    await expect(page.getByRole("link", { name: applicant!.email })).toBeVisible();
    await expect(page.getByText("+44 20 7946 0001")).toBeVisible();

    const applications = page.getByRole("region", { name: "Applications" });
    const application = applications.getByRole("article", { name: org.job.title });
    await expect(application.getByRole("link", { name: org.job.title })).toHaveAttribute("href", `/applications/${applicant!.applicationId}`);
    await expect(application.getByText("careers page")).toBeVisible();
    await expect(application.getByRole("list", { name: `History of the ${org.job.title} application` }).getByRole("listitem")).toHaveText([
      /Applied \(stage: Applied\).*the candidate/,
    ]);
    await expect(page.getByRole("region", { name: "Resume" }).getByLabel(`Resume of ${applicant!.name}`)).toContainText(
      "Experienced engineer: Rust, Postgres and distributed systems.",
    );
    await expectAccessible();

    // The download: an attachment with its name, not sniffed, not cached.
    const downloadLink = page.getByRole("region", { name: "Resume" }).getByRole("link", { name: "Download resume.txt" });
    const [download] = await Promise.all([page.waitForEvent("download"), downloadLink.click()]);
    expect(download.suggestedFilename()).toBe("resume.txt");
    const response = await page.request.get((await downloadLink.getAttribute("href"))!);
    expect(response.status()).toBe(200);
    expect(response.headers()).toMatchObject({
      "content-type": "text/plain",
      "content-disposition": `attachment; filename="resume.txt"; filename*=UTF-8''resume.txt`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    });
    expect(await response.text()).toContain(applicant!.email);

    // A note is text: markup in it is shown, never run.
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    const xss = `<img src=x onerror=alert(1)> <script>alert(2)</script> first look:`;
    const note = page.getByRole("textbox", { name: "Note" });
    await note.fill(xss);
    // Mention by typing "@": the suggestion is picked with the keyboard.
    await note.press("End");
    await note.pressSequentially(" @hiring");
    await expect(page.getByRole("listbox", { name: "People to mention" }).getByRole("option", { name: manager.name })).toBeVisible();
    await note.press("Enter");
    await expect(note).toHaveValue(`${xss} @${manager.name} `);
    await expect(page.getByRole("checkbox", { name: manager.name })).toBeChecked();
    await page.getByRole("button", { name: "Add note" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Note added" })).toHaveText(`Note added. Notified ${manager.name}.`);
    const notes = page.getByRole("region", { name: "Notes" });
    await expect(notes.getByText(`${xss} @${manager.name}`)).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Activity" }).getByText(`${recruiter.name} added a note`)).toBeVisible();
    expect(dialogs).toBe(0);

    // Add to another job: it joins the job's first stage, credited to the recruiter.
    const [extraJob] = org.extraJobs;
    await page.getByLabel("Job", { exact: true }).selectOption({ label: `${extraJob!.title} (Draft)` });
    await page.getByRole("button", { name: "Add to job" }).click();
    const added = applications.getByRole("article", { name: extraJob!.title });
    await expect(added.getByText(`Added by ${recruiter.name}`)).toBeVisible();
    await expect(added.getByRole("listitem")).toHaveText([new RegExp(`Added to the job \\(stage: Applied\\).*${recruiter.name}`)]);
    await expect(page.getByText("This candidate is already on every open and draft job.")).toBeVisible();

    // The hiring manager is told in the app and by email.
    const mail = await waitForMail(manager.email);
    expect(mail.subject).toBe(`${recruiter.name} mentioned you in a note about ${applicant!.name}`);
    expect(mail.text).toContain(`/candidates/${applicant!.candidateId}`);

    await page.context().clearCookies();
    await signInPage.signInAs(manager.email, org.password);
    await page.getByRole("link", { name: "Notifications (1 unread)" }).click();
    const item = page.getByRole("listitem").filter({ hasText: "mentioned you" });
    await expect(item.getByText("Unread")).toBeVisible();
    await expect(item.getByRole("link", { name: `${recruiter.name} mentioned you in a note about ${applicant!.name}` })).toHaveAttribute(
      "href",
      `/candidates/${applicant!.candidateId}`,
    );
    await expect(item).toContainText("<script>alert(2)</script>");
    await expectAccessible();
    await page.getByRole("button", { name: "Mark all as read" }).click();
    await expect(page.getByText("You're all caught up.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Notifications", exact: true })).toBeVisible();
    await expect(item.getByText("Unread")).toHaveCount(0);
  });

  test("a hiring manager on an anonymised job sees an alias, redacted text and no originals", async ({
    page,
    browser,
    request,
    signInPage,
    expectAccessible,
  }) => {
    const org = await createOrganization(request, { applicants: 1, anonymizedReview: true, team: ["hiring_manager", "interviewer"] });
    const [applicant] = org.applicants;
    const alias = candidateAlias(applicant!.applicationId);

    // The recruiter sees who it is, and where the original resume is.
    const recruiterContext = await browser.newContext();
    const recruiterPage = await recruiterContext.newPage();
    await recruiterPage.goto("/sign-in");
    await recruiterPage.getByLabel("Email").fill(org.users.recruiter.email);
    await recruiterPage.getByLabel("Password").fill(org.password);
    await recruiterPage.getByRole("button", { name: "Sign in" }).click();
    await recruiterPage.waitForURL(/\/jobs/);
    await recruiterPage.goto(`/applications/${applicant!.applicationId}`);
    await expect(recruiterPage.getByRole("heading", { level: 1, name: applicant!.name })).toBeVisible();
    const resumeHref = await recruiterPage.getByRole("link", { name: "Download resume.txt" }).getAttribute("href");
    await recruiterContext.close();

    await signInPage.signInAs(org.users.hiring_manager.email, org.password, `/applications/${applicant!.applicationId}`);
    await expect(page.getByRole("heading", { level: 1, name: alias })).toBeVisible();
    await expect(page).toHaveTitle(`${alias} · ${org.job.title} · Candor`);
    const main = page.getByRole("main");
    await expect(main.getByLabel("Resume text, contact details removed")).toContainText("Experienced engineer: Rust");
    await expect(main).toContainText("[name removed]");
    await expect(main).not.toContainText(applicant!.name);
    await expect(main).not.toContainText(applicant!.email);
    await expect(main).not.toContainText("7946");
    await expect(main.getByRole("link", { name: /Download|profile/ })).toHaveCount(0);
    await expectAccessible();

    expect((await page.request.get(resumeHref!)).status()).toBe(404);
    expect((await page.request.get(`${resumeHref!}?preview=1`)).status()).toBe(404);
    const profile = await page.goto(`/candidates/${applicant!.candidateId}`);
    expect(profile?.status()).toBe(404);
    await expect(page.getByText(applicant!.name)).toHaveCount(0);
  });
});
