import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { publishChecks as checks, publishConfirmStep, publishWarnings } from "./job-editor";
import { jobPostingJsonLd, missingRecommended, missingRequired } from "./job-posting-ld";

const posting = (name: string) => path.join(process.cwd(), "test/postings", name);

const notes = (page: Page) => page.getByRole("region", { name: "Check the import" });

/** Every property Google's JobPosting documentation requires or recommends, and the title. */
function expectGoogleProperties(data: Record<string, unknown>, title: string) {
  expect(data.title).toBe(title);
  expect(missingRequired(data)).toEqual([]);
  expect(missingRecommended(data)).toEqual([]);
}

/** "Save and publish", then "Publish anyway" on the warnings it asks to confirm. */
async function publishConfirming(page: Page, warnings: string[]) {
  await page.getByRole("button", { name: "Save and publish" }).click();
  const confirm = publishConfirmStep(page);
  await expect(confirm.getByRole("heading")).toBeFocused();
  await expect(confirm.getByRole("list", { name: "Warnings to confirm" }).getByRole("listitem")).toContainText(warnings);
  await confirm.getByRole("button", { name: "Publish anyway" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published" })).toBeFocused();
}

test.describe("importing a posting", () => {
  test.describe.configure({ timeout: 90_000 });

  test("by upload: a mis-encoded text file becomes a draft that says what was guessed and repaired, then a posting with its headings and lists", async ({
    page,
    signInPage,
    org,
    expectAccessible,
  }) => {
    await signInPage.signInAs(org.users.recruiter.email, org.password);
    await page.getByRole("link", { name: "Import a posting" }).click();
    await expect(page.getByRole("heading", { name: "Import a posting", level: 1 })).toBeVisible();
    await expectAccessible();

    // UTF-8 read as Windows-1252 twice on its way here ("youÃ¢â‚¬â„¢ll"), with no heading and no front matter.
    await page.getByLabel("Posting file").setInputFiles(posting("28-mojibake-twice.txt"));
    await page.getByRole("button", { name: "Import as draft" }).click();

    await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]+\/edit$/);
    const editor = page.url();
    await expect(page.getByRole("heading", { name: "Data Analyst", level: 1 })).toBeVisible();
    await expect(notes(page).getByRole("listitem")).toContainText([
      "Title guessed from the text — check it.",
      "We repaired 10 mis-encoded characters.",
      "Found in the text, check it: pay range, workplace, location.",
    ]);
    await expect(page.getByLabel("Title")).toHaveAccessibleDescription("Title guessed from the text — check it.");
    await expect(page.getByLabel("Location")).toHaveValue("Remote (United Kingdom)");
    await expect(page.getByLabel("Location")).toHaveAccessibleDescription("Found in the text, check it: “Location: Remote – UK”");
    await expect(page.getByLabel("Workplace")).toHaveValue("remote");
    await expect(page.getByLabel("Minimum")).toHaveValue("40000");
    await expect(page.getByLabel("Maximum")).toHaveValue("48000");
    await expect(page.getByLabel("Currency")).toHaveValue("GBP");
    await expect(page.getByText("Found in the text, check it: “Salary: £40,000 – £48,000 per year.”")).toBeVisible();
    await expect(page.getByLabel("Description")).toHaveValue(/## What you’ll do\n\n- Build dashboards in Looker/);
    await expect(page.getByLabel("Description")).not.toHaveValue(/Ã|â€/);
    await expect(publishWarnings(page)).toContainText(["No closing date", "The description is short"]);
    await expectAccessible();

    // A closing date gives search engines validThrough: its warning goes as soon as the date is in.
    await page.getByLabel("Closing date (optional)").fill("2099-03-31");
    await expect(checks(page).getByRole("listitem").filter({ hasText: "No closing date" })).toHaveCount(0);
    await expect(checks(page).getByRole("cell")).toContainText(["Data Analyst", "Remote (TELECOMMUTE), applicants in: United Kingdom", "£40,000 – £48,000 per year", "FULL_TIME", "31 March 2099"]);
    await publishConfirming(page, ["The description is short"]);
    // Published means checked: the notes are gone.
    await page.goto(editor);
    await expect(page.getByLabel("Title")).toHaveValue("Data Analyst");
    await expect(notes(page)).toHaveCount(0);

    await page.goto(`/careers/${org.organization.slug}/data-analyst`);
    await expect(page.getByRole("heading", { name: "Data Analyst", level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "What you’ll do", level: 2 })).toBeVisible();
    await expect(page.getByRole("main").getByRole("listitem").filter({ hasText: "Looker" })).toHaveText("Build dashboards in Looker");
    await expect(page.getByText("Here’s the short version: you’ll turn our numbers into decisions.")).toBeVisible();
    const data = await jobPostingJsonLd(page);
    expectGoogleProperties(data, "Data Analyst");
    expect(data).toMatchObject({
      jobLocationType: "TELECOMMUTE",
      applicantLocationRequirements: [{ "@type": "Country", name: "United Kingdom" }],
      baseSalary: { currency: "GBP", value: { minValue: 40000, maxValue: 48000, unitText: "YEAR" } },
    });
    await expectAccessible();
  });

  test("by paste: framework leftovers and another site's Apply button are removed with a note, facts are proposed", async ({
    page,
    signInPage,
    org,
    expectAccessible,
  }) => {
    await signInPage.signInAs(org.users.admin.email, org.password, "/jobs/import");
    await page.getByLabel("Or paste the posting").fill(
      [
        "import { Button } from '@/components/ui/button'",
        "",
        "# [Machine Learning Engineer](https://jobs.example.com/helix/ml-engineer-5512345)",
        "",
        "Helix Bio uses machine learning to design proteins.",
        "",
        '<Callout type="info">We sponsor visas for this role.</Callout>',
        "",
        "## Responsibilities",
        "",
        "- Train large models on our GPU cluster",
        "- Build evaluation pipelines with the lab team",
        "",
        "The base salary range is $150,000 - $190,000. This role is fully remote; US-based applicants only.",
        "",
        '<Button href="https://boards.greenhouse.io/helixbio/jobs/5512345">Apply Now!</Button>',
        "[Read our research blog](https://helix.example/blog)",
      ].join("\n"),
    );
    await page.getByRole("button", { name: "Import as draft" }).click();

    await expect(page.getByRole("heading", { name: "Machine Learning Engineer", level: 1 })).toBeVisible();
    await expect(notes(page).getByRole("listitem")).toContainText([
      "We removed 1 call to action that sent applicants to another site (“Apply Now!”): the posting has its own Apply button.",
      "We removed leftovers of the site the posting came from: import and export lines, <Callout>.",
      "Found in the text, check it: pay range, workplace, location.",
    ]);
    await expect(notes(page)).not.toContainText("Title guessed");
    await expect(page.getByLabel("Address")).toHaveValue("machine-learning-engineer");
    await expect(page.getByLabel("Location")).toHaveValue("Remote (United States)");
    await expect(page.getByLabel("Workplace")).toHaveAccessibleDescription(/^Found in the text, check it: “The base salary range is/);
    await expect(page.getByLabel("Minimum")).toHaveValue("150000");
    await expect(page.getByLabel("Currency")).toHaveValue("USD");
    await expect(page.getByLabel("Per")).toHaveValue("year");
    await expect(page.getByLabel("Description")).not.toHaveValue(/Apply Now|Callout|import \{/);
    await expectAccessible();

    await page.getByLabel("Closing date (optional)").fill("2099-06-30");
    await publishConfirming(page, ["The description is short"]);
    await page.goto(`/careers/${org.organization.slug}/machine-learning-engineer`);
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { name: "Responsibilities", level: 2 })).toBeVisible();
    await expect(main.getByRole("listitem").filter({ hasText: "GPU" })).toHaveText("Train large models on our GPU cluster");
    await expect(main.getByText("We sponsor visas for this role.")).toBeVisible();
    await expect(main.getByRole("link", { name: "Read our research blog" })).toHaveAttribute("href", "https://helix.example/blog");
    await expect(main.getByText("Apply Now!")).toHaveCount(0);
    expectGoogleProperties(await jobPostingJsonLd(page), "Machine Learning Engineer");
  });

  test("stores nothing when the posting can't be imported, and says what to do", async ({ page, signInPage, org }) => {
    await signInPage.signInAs(org.users.recruiter.email, org.password, "/jobs/import");
    await page.getByRole("button", { name: "Import as draft" }).click();
    await expect(page.getByText("Choose a file with the posting, or paste its text.")).toBeVisible();

    await page.getByLabel("Posting file").setInputFiles(path.join(process.cwd(), "test/files/broken.pdf"));
    await page.getByRole("button", { name: "Import as draft" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "could not be read as a PDF" })).toBeVisible();

    await page.getByLabel("Posting file").setInputFiles({ name: "huge.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(11 * 1024 * 1024, "a") });
    await page.getByRole("button", { name: "Import as draft" }).click();
    await expect(page.getByText("a Word or PDF posting may be at most 10 MB")).toBeVisible();

    await page.goto("/jobs");
    await expect(page.getByRole("table", { name: "Jobs and their applicants" }).getByRole("row")).toHaveCount(2);
  });
});
