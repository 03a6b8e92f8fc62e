import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { publishChecks as checks, publishConfirmStep as confirmStep, publishWarnings as warnings } from "./job-editor";
import { jobPostingJsonLd, missingRecommended, missingRequired } from "./job-posting-ld";

/** What the panel says search engines will see for one property ("Where", "Pay"). */
const seen = (page: Page, label: string) => checks(page).getByRole("row", { name: new RegExp(`^${label} `) }).getByRole("cell");

const posting = [
  "# 🚀 SENIOR Backend Engineer (Denver)",
  "",
  "Youâ€™ll build the services our warehouse robots run on.",
  "",
  "Location: Denver, CO, United States",
  "",
  "## What you will do",
  "",
  "- Design and run the fleet services",
  "- Review code and pair with the team",
  "",
  "Already applied? [Track your application](https://jobs.lever.co/lumen/4455)",
].join("\n");

test.describe("before a posting is published", () => {
  test.describe.configure({ timeout: 90_000 });

  test("an imported draft lists what to check, keeps the list current as the recruiter fixes things, and publishes once the rest is confirmed", async ({
    page,
    signInPage,
    org,
    expectAccessible,
  }) => {
    await signInPage.signInAs(org.users.recruiter.email, org.password, "/jobs/import");
    await page.getByLabel("Or paste the posting").fill(posting);
    await page.getByRole("button", { name: "Import as draft" }).click();

    // What the import guessed and repaired, then what the checks found.
    await expect(page.getByRole("heading", { name: "🚀 SENIOR Backend Engineer (Denver)", level: 1 })).toBeVisible();
    await expect(page.getByRole("region", { name: "Check the import" }).getByRole("listitem")).toContainText([
      "We repaired 1 mis-encoded character.",
      "Found in the text, check it: location.",
    ]);
    await expect(warnings(page)).toContainText([
      "No pay range, which the law requires here",
      "Colorado: Equal Pay for Equal Work Act (since 2021)",
      "No closing date",
      "The title names a place",
      "Emoji or symbols in the title",
      "Capitals in the title",
      "Links to another site's application page",
      "The description is short",
    ]);
    await expect(warnings(page).filter({ hasText: "Links to another site" })).toContainText("“Track your application” (jobs.lever.co)");
    await expect(seen(page, "Where")).toHaveText("Denver, CO, US");
    await expect(seen(page, "Pay")).toHaveText("Not given");
    await expectAccessible();

    // Text pasted in later with mis-encoded characters is caught as it is typed.
    const description = page.getByLabel("Description");
    const imported = await description.inputValue();
    await description.fill(`${imported}\n\nQuestions? Ask our cafÃ© team.`);
    await expect(warnings(page).filter({ hasText: "1 mis-encoded character left" })).toContainText("“Ã©” should read “é”");
    await description.fill(imported);
    await expect(warnings(page).filter({ hasText: "mis-encoded" })).toHaveCount(0);

    // "Go to Pay range" takes the keyboard to the field that fixes the legal warning.
    await warnings(page).filter({ hasText: "which the law requires" }).getByRole("button", { name: "Go to Pay range" }).press("Enter");
    await expect(page.getByLabel("Minimum")).toBeFocused();
    await page.keyboard.type("120000");
    await page.getByLabel("Maximum").fill("150000");
    await page.getByLabel("Currency").fill("USD");
    await page.getByLabel("Per").selectOption("year");
    await page.getByLabel("Closing date (optional)").fill("2099-12-31");
    await expect(warnings(page).filter({ hasText: /which the law requires|No closing date/ })).toHaveCount(0);
    await expect(seen(page, "Pay")).toHaveText("$120,000 – $150,000 per year");
    await expect(seen(page, "Closes")).toHaveText("31 December 2099");

    // Publishing asks about the rest; Escape goes back to editing, with focus where it was.
    const publish = page.getByRole("button", { name: "Save and publish" });
    await publish.focus();
    await page.keyboard.press("Enter");
    const confirm = confirmStep(page);
    await expect(confirm.getByRole("heading", { name: "Publish with 5 warnings?" })).toBeFocused();
    await expect(confirm.getByRole("listitem")).toContainText([
      "The title names a place",
      "Emoji or symbols in the title",
      "Capitals in the title",
      "Links to another site's application page",
      "The description is short",
    ]);
    await expectAccessible();
    await page.keyboard.press("Escape");
    await expect(confirm).toHaveCount(0);
    await expect(publish).toBeFocused();
    await expect(page.getByText("Draft", { exact: true })).toBeVisible();

    await page.keyboard.press("Enter");
    await expect(confirm.getByRole("heading")).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(confirm.getByRole("button", { name: "Publish anyway" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "Published: the job is open for applications." })).toBeFocused();
    await expect(confirm).toHaveCount(0);
    await expect(checks(page)).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Checks on the posting" })).toBeVisible();

    await page.goto(`/careers/${org.organization.slug}/senior-backend-engineer-denver`);
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { name: "🚀 SENIOR Backend Engineer (Denver)", level: 1 })).toBeVisible();
    await expect(main.getByRole("heading", { name: "What you will do", level: 2 })).toBeVisible();
    await expect(main.getByRole("listitem").filter({ hasText: "fleet" })).toHaveText("Design and run the fleet services");
    await expect(main.getByText("You’ll build the services our warehouse robots run on.")).toBeVisible();
    const data = await jobPostingJsonLd(page);
    expect(missingRequired(data)).toEqual([]);
    expect(missingRecommended(data)).toEqual([]);
    expect(data).toMatchObject({
      jobLocation: { address: { addressLocality: "Denver", addressRegion: "CO", addressCountry: "US" } },
      baseSalary: { currency: "USD", value: { minValue: 120000, maxValue: 150000, unitText: "YEAR" } },
      validThrough: "2099-12-31T23:59:59.999Z",
    });
    await expectAccessible();
  });

  test("a new remote job tells search engines where applicants may live, and Publish waits for a confirmation", async ({ page, signInPage, org, expectAccessible }) => {
    await signInPage.signInAs(org.users.admin.email, org.password, "/jobs/new");
    await page.getByLabel("Title").fill("Support Engineer");
    await page.getByLabel("Workplace").selectOption("remote");
    await page.getByLabel("Location").fill("Remote");

    // "Remote" alone: open to applicants anywhere, where laws on pay in postings apply too.
    await expect(seen(page, "Where")).toHaveText("Remote (TELECOMMUTE), applicants in: Worldwide");
    const law = warnings(page).filter({ hasText: "No pay range, which the law requires here" });
    await expect(law).toContainText("Applicants may work from anywhere in the United States");
    await expect(law.getByRole("listitem")).toHaveCount(13);
    await expect(law.getByRole("listitem").last()).toHaveText(/^the European Union: EU Pay Transparency Directive 2023\/970, Article 5/);
    await expect(warnings(page)).toContainText(["No description", "Remote, open to applicants anywhere in the world", "No closing date"]);
    await expectAccessible();

    const publish = page.getByRole("button", { name: "Publish", exact: true });
    await publish.click();
    const confirm = confirmStep(page);
    await expect(confirm.getByRole("heading")).toBeFocused();
    await confirm.getByRole("button", { name: "Keep editing" }).click();
    await expect(publish).toBeFocused();
    await expect(page).toHaveURL(/\/jobs\/new$/);

    await page.getByLabel("Location").fill("Remote (Canada)");
    await page.getByLabel("Description").fill("## The role\n\nHelp our customers in Canada get the most from Lumen's robots.\n\n- Answer questions by email and phone\n- Write guides");
    await expect(seen(page, "Where")).toHaveText("Remote (TELECOMMUTE), applicants in: Canada");
    await expect(law).toHaveCount(0);
    await expect(warnings(page)).toContainText(["No pay range", "No closing date", "The description is short"]);

    await publish.click();
    await expect(confirm.getByRole("heading", { name: "Publish with 3 warnings?" })).toBeFocused();
    await confirm.getByRole("button", { name: "Publish anyway" }).click();
    await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]+$/);
    await expect(page.getByRole("heading", { name: "Support Engineer", level: 1 })).toBeVisible();

    await page.goto(`/careers/${org.organization.slug}/support-engineer`);
    const data = await jobPostingJsonLd(page);
    expect(missingRequired(data)).toEqual([]);
    expect(data).toMatchObject({ jobLocationType: "TELECOMMUTE", applicantLocationRequirements: [{ "@type": "Country", name: "Canada" }] });
    expect(data).not.toHaveProperty("jobLocation");
    // What the recruiter confirmed is what search engines miss.
    expect(missingRecommended(data)).toEqual(["baseSalary", "validThrough"]);
  });
});
