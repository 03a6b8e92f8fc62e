import type { APIRequestContext, Browser, Page } from "@playwright/test";
import type { IsolatedOrganization } from "@/db/fixtures";
import { callServerAction } from "./actions";
import { createOrganization, expect, signedInPage, test } from "./fixtures";

// The server under test reads Greenhouse's and Lever's public APIs at its own Greenhouse- and Lever-shaped
// APIs (GREENHOUSE_BOARDS_API_URL and LEVER_POSTINGS_API_URL in playwright.config.ts): one organisation's
// board is another's Greenhouse board or Lever site, over real HTTP.

const edit = "app/(dashboard)/jobs/[jobId]/edit/actions.ts";
const questions = "app/(dashboard)/jobs/[jobId]/questions/actions.ts";

/**
 * Another organisation whose open job has what a board carries (department, place, pay, a description and
 * a question), set by its admin through the editor's own actions.
 */
async function sourceBoard(request: APIRequestContext, browser: Browser): Promise<IsolatedOrganization> {
  const source = await createOrganization(request);
  const page = await signedInPage(browser, source.users.admin.email, source.password);
  const jobId = source.job.id;
  const updated = await callServerAction(page, {
    file: edit,
    action: "updateJobAction",
    from: `/jobs/${jobId}/edit`,
    args: [
      {
        jobId,
        version: 1,
        title: "Lighthouse Keeper",
        slug: source.job.slug,
        department: "Operations",
        location: "Oban, Scotland",
        workplaceType: "on_site",
        employmentType: "full_time",
        payMin: 32000,
        payMax: 38000,
        payCurrency: "GBP",
        payPeriod: "year",
        descriptionMd: "## What you'll do\n\n- Keep the light burning\n- Log every ship that passes",
        intent: "save",
      },
    ],
  });
  expect(updated.result?.ok).toBe(true);
  const added = await callServerAction(page, {
    file: questions,
    action: "addQuestionAction",
    from: `/jobs/${jobId}/questions`,
    args: [{ jobId, label: "Are you comfortable with heights?", type: "yes_no", required: "on" }],
  });
  expect(added.result?.ok).toBe(true);
  await page.context().close();
  return source;
}

/** What an import answered, under its form. */
const summaryOf = (page: Page, service: string) => page.getByRole("region", { name: new RegExp(`^(?:Imported \\d+ jobs? from|No new jobs on) ${service}`) });

test.describe("bringing a board over from Greenhouse or Lever", () => {
  test.describe.configure({ timeout: 90_000 });

  test("a recruiter imports another board's jobs as drafts by keyboard, sees what came over, and importing again duplicates nothing", async ({ page, browser, request, org, signInPage, expectAccessible }) => {
    const source = await sourceBoard(request, browser);

    await signInPage.signInAs(org.users.recruiter.email, org.password, "/jobs/import");
    await expect(page.getByRole("heading", { name: "Bring a board over from Greenhouse or Lever", level: 2 })).toBeVisible();
    await expectAccessible();

    // Keyboard only: into the field, type the token, Enter.
    const token = page.getByLabel("Greenhouse board token");
    await token.focus();
    await page.keyboard.type(source.organization.slug);
    await page.keyboard.press("Enter");

    const summary = summaryOf(page, "Greenhouse");
    const heading = summary.getByRole("heading", { name: "Imported 1 job from Greenhouse as drafts" });
    await expect(heading).toBeFocused();
    await expectAccessible();
    await page.keyboard.press("Tab");
    const draftLink = summary.getByRole("link", { name: "Lighthouse Keeper" });
    await expect(draftLink).toBeFocused();
    await page.keyboard.press("Enter");

    await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]+\/edit$/);
    const editor = page.url();
    await expect(page.getByText("Draft", { exact: true })).toBeVisible();
    await expect(page.getByLabel("Title")).toHaveValue("Lighthouse Keeper");
    await expect(page.getByLabel("Department")).toHaveValue("Operations");
    await expect(page.getByLabel("Location")).toHaveValue("Oban, Scotland");
    await expect(page.getByLabel("Minimum")).toHaveValue("32000");
    await expect(page.getByLabel("Maximum")).toHaveValue("38000");
    await expect(page.getByLabel("Currency")).toHaveValue("GBP");
    await expect(page.getByLabel("Description")).toHaveValue("## What you'll do\n\n- Keep the light burning\n- Log every ship that passes");
    await expect(page.getByRole("region", { name: "Check the import" })).toContainText(`Imported from Greenhouse board “${source.organization.slug}”`);
    await expectAccessible();

    await page.goto(editor.replace(/\/edit$/, "/questions"));
    await expect(page.getByRole("list", { name: "Questions" }).getByRole("heading", { level: 3 })).toHaveText(["Are you comfortable with heights?"]);

    // The same board again: nothing new, and it says why.
    await page.goto("/jobs/import");
    await page.getByLabel("Greenhouse board token").fill(`https://boards.greenhouse.io/${source.organization.slug}`);
    await page.getByRole("button", { name: "Import from Greenhouse" }).click();
    await expect(summaryOf(page, "Greenhouse").getByRole("heading", { name: `No new jobs on Greenhouse board “${source.organization.slug}”` })).toBeFocused();
    await expect(summaryOf(page, "Greenhouse")).toContainText("1 job of this board was imported before and left as it is.");

    await page.goto("/jobs?status=draft");
    await expect(page.getByRole("table", { name: "Jobs and their applicants" }).getByRole("link", { name: "Lighthouse Keeper" })).toHaveCount(1);
  });

  test("from Lever, the same board's posting comes over with its pay; an unknown board or a malformed name says what to fix", async ({ page, browser, request, org, signInPage, expectAccessible }) => {
    const source = await sourceBoard(request, browser);
    await signInPage.signInAs(org.users.admin.email, org.password, "/jobs/import");

    const site = page.getByLabel("Lever site name");
    await site.fill("no-such-site-anywhere");
    await page.getByRole("button", { name: "Import from Lever" }).click();
    const unknown = "Lever has no job site called “no-such-site-anywhere”. The site name is the part after jobs.lever.co/ in its address; check it and import again.";
    await expect(site).toBeFocused();
    await expect(site).toHaveAttribute("aria-invalid", "true");
    await expect(site).toHaveAccessibleDescription(new RegExp(unknown.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    await expectAccessible();

    // Checked in the browser before anything is sent.
    await site.fill("two words");
    await page.getByRole("button", { name: "Import from Lever" }).click();
    await expect(site).toBeFocused();
    await expect(site).toHaveAccessibleDescription(/Enter the site name, like acme: the part after jobs\.lever\.co\/ in the job site's address\./);

    await site.fill(source.organization.slug);
    await page.getByRole("button", { name: "Import from Lever" }).click();
    const summary = summaryOf(page, "Lever");
    await expect(summary.getByRole("heading", { name: "Imported 1 job from Lever as drafts" })).toBeFocused();
    await expect(site).not.toHaveAttribute("aria-invalid", "true");
    await summary.getByRole("link", { name: "Lighthouse Keeper" }).click();
    await expect(page.getByLabel("Minimum")).toHaveValue("32000");
    await expect(page.getByLabel("Per")).toHaveValue("year");
    await expect(page.getByRole("region", { name: "Check the import" })).toContainText(`Imported from Lever job site “${source.organization.slug}”`);
  });
});
