import type { Page, Request } from "@playwright/test";
import { createOrganization, expect, holdScripts, test } from "./fixtures";
import { sendOfferForApproval } from "./offers";

/** Server actions are POSTs with a Next-Action header; these are the ones whose arguments mention `field`. */
function actionCallsCarrying(page: Page, field: string) {
  const calls: Request[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"] && (request.postData() ?? "").includes(`"${field}"`)) calls.push(request);
  });
  return calls;
}

test.describe("every dashboard form: checked in the browser first, the server's refusals on their fields", () => {
  test("the job form stops an invalid job in the browser and focuses the first wrong field", async ({ page, signInPage, org }) => {
    await signInPage.signInAs(org.users.recruiter.email, org.password, "/jobs/new");
    // Submissions carry the pressed button's intent (the "Before you publish" checks send the fields without one).
    const sent = actionCallsCarrying(page, "intent");
    await page.getByLabel("Minimum").fill("ten thousand");
    await page.getByRole("button", { name: "Save as draft" }).click();

    const title = page.getByLabel("Title");
    await expect(title).toHaveAccessibleDescription("Enter the job title.");
    await expect(title).toBeFocused(); // Title comes before Minimum on the page
    await expect(page.getByLabel("Minimum")).toHaveAccessibleDescription("Minimum pay must be a number.");
    expect(sent).toHaveLength(0);

    // Fixed in place, the form goes to the server, which refuses the address another job holds: on that field.
    await title.fill("Forms engineer");
    await page.getByLabel("Minimum").fill("");
    const address = page.getByLabel("Address");
    await address.fill(org.job.slug);
    await page.getByRole("button", { name: "Save as draft" }).click();
    await expect(address).toHaveAccessibleDescription(/Another job already uses this address\. Choose a different one\./);
    await expect(address).toBeFocused();
    expect(sent).toHaveLength(1);
    await expect(address).toHaveAttribute("aria-invalid", "true");

    await address.fill("forms-engineer");
    await page.getByRole("button", { name: "Save as draft" }).click();
    await expect(page.getByRole("heading", { name: "Forms engineer", level: 1 })).toBeVisible();
  });

  test("a refusal that no field holds (a stale version) is announced and focused", async ({ browser, page, signInPage, org }) => {
    await signInPage.signInAs(org.users.recruiter.email, org.password);
    const other = await (await browser.newContext({ storageState: await page.context().storageState() })).newPage();
    await page.goto(`/jobs/${org.job.id}/edit`);
    await other.goto(`/jobs/${org.job.id}/edit`);
    await other.getByLabel("Location").fill("Lisbon");
    await other.getByRole("button", { name: "Save changes" }).click();
    await expect(other.getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();

    await page.getByLabel("Location").fill("Berlin");
    await page.getByRole("button", { name: "Save changes" }).click();
    const alert = page.getByRole("form", { name: "Edit job" }).getByRole("alert");
    await expect(alert).toContainText("changed by someone else");
    await expect(alert).toBeFocused();

    // The form that saved keeps the version it produced: a second save from it goes through.
    await other.getByLabel("Location").fill("Porto");
    await other.getByRole("button", { name: "Save changes" }).click();
    await expect(other.getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();
    await other.context().close();
  });

  test("the submit button is disabled while the server works, and only one request goes out", async ({ page, signInPage, org }) => {
    await signInPage.signInAs(org.users.admin.email, org.password, `/jobs/${org.job.id}/team`);
    const add = page.getByRole("form", { name: "Add to the hiring team" });
    await add.getByLabel("Member").selectOption(org.users.interviewer.id);

    // Hold the action's request until the test has looked at the button.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const sent = actionCallsCarrying(page, "userId");
    await page.route(`**/jobs/${org.job.id}/team`, async (route) => {
      if (route.request().headers()["next-action"]) await held;
      await route.continue();
    });
    const button = add.getByRole("button", { name: "Add to team" });
    await button.click();
    await expect(button).toBeDisabled();
    await button.click({ force: true }); // a second press while pending does nothing
    release();

    const team = page.getByRole("list", { name: "Team members" });
    await expect(team.getByRole("heading", { name: org.users.interviewer.name })).toBeVisible();
    await expect(button).toBeEnabled();
    expect(sent).toHaveLength(1);
  });

  test("what a person types before the page's scripts have run stays in the form and is what it saves", async ({ page, signInPage, org }) => {
    await signInPage.signInAs(org.users.recruiter.email, org.password);
    const form = page.getByRole("form", { name: "Edit job" });
    const title = form.getByLabel("Title");
    const description = form.getByLabel("Description");
    // A description first, so the server has text to send in the textarea too.
    await page.goto(`/jobs/${org.job.id}/edit`);
    await description.fill("Written with the page's scripts.");
    await form.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();

    // The page's JavaScript held back until the test has typed: until then the form is the server's HTML.
    const release = await holdScripts(page);
    await page.goto(`/jobs/${org.job.id}/edit`, { waitUntil: "commit" });
    // The server's HTML shows the job as it stands, and the person edits that.
    await expect(title).toHaveValue(org.job.title);
    await expect(description).toHaveValue("Written with the page's scripts.");
    await expect(form.getByLabel("Workplace")).toHaveValue("on_site");
    await title.fill("Typed before hydration");
    await description.fill("## Typed before the scripts ran");
    await form.getByLabel("Workplace").selectOption({ label: "Remote" });
    await form.getByLabel("Anonymised review").check();
    release();

    // Hydrated, and the form holds the typed description: its preview, drawn by the server from the form's value, shows it.
    await expect(page.getByRole("region", { name: "Preview" }).getByRole("heading", { name: "Typed before the scripts ran" })).toBeVisible();
    await expect(title).toHaveValue("Typed before hydration");
    await expect(description).toHaveValue("## Typed before the scripts ran");
    await form.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();

    await page.reload();
    await expect(title).toHaveValue("Typed before hydration");
    await expect(description).toHaveValue("## Typed before the scripts ran");
    await expect(form.getByLabel("Workplace")).toHaveValue("remote");
    await expect(form.getByLabel("Anonymised review")).toBeChecked();
  });

  test("a new job's address follows a title typed before the scripts ran, and an address typed then stays the person's", async ({ page, signInPage, org }) => {
    await signInPage.signInAs(org.users.recruiter.email, org.password);
    const form = page.getByRole("form", { name: "New job" });
    const title = form.getByLabel("Title");
    const address = form.getByLabel("Address");

    // Only a title before hydration: once the scripts run, the address is made from it, as from a typed one.
    let release = await holdScripts(page);
    await page.goto("/jobs/new", { waitUntil: "commit" });
    await title.fill("Senior Welder");
    release();
    await expect(address).toHaveValue("senior-welder");

    // A title and an address of the person's own: hydration keeps the address, and a later title leaves it.
    release = await holdScripts(page);
    await page.goto("/jobs/new", { waitUntil: "commit" });
    await title.fill("Senior Welder");
    await address.fill("welding-lead");
    release();
    // Hydrated: the address's hint is drawn from the form's value (the server's HTML had none).
    await expect(form.getByText(/^The posting's web address: .*\/welding-lead$/)).toBeVisible();
    await title.fill("Senior Welder, Night Shift");
    await expect(form.getByText(/^The posting's web address: .*\/welding-lead$/)).toBeVisible();
    await expect(address).toHaveValue("welding-lead");
    await form.getByRole("button", { name: "Save as draft" }).click();
    await expect(page.getByRole("heading", { name: "Senior Welder, Night Shift", level: 1 })).toBeVisible();
    await page.goto(`${page.url()}/edit`);
    await expect(page.getByRole("form", { name: "Edit job" }).getByLabel("Address")).toHaveValue("welding-lead");
  });

  test("an offer approval form: the browser asks for the comment a decline needs, on the comment", async ({ page, signInPage, request }) => {
    const org = await createOrganization(request, { applicants: 1, stage: "offer", team: ["hiring_manager"] });
    await signInPage.signInAs(org.users.recruiter.email, org.password);
    await sendOfferForApproval(page, org.applicants[0]!.applicationId);
    await page.context().clearCookies();
    await signInPage.signInAs(org.users.hiring_manager.email, org.password, `/applications/${org.applicants[0]!.applicationId}`);
    const approval = page.getByRole("form", { name: "Your approval" });
    const sent = actionCallsCarrying(page, "decision");
    await approval.getByRole("radio", { name: "Decline" }).check();
    await approval.getByRole("button", { name: "Record my decision" }).click();
    await expect(approval.getByRole("textbox", { name: "Comment" })).toBeFocused();
    expect(sent).toHaveLength(0);
  });
});
