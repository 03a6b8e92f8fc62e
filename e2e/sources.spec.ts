import { randomUUID } from "node:crypto";
import path from "node:path";
import type { Locator } from "@playwright/test";
import { expect, test } from "./fixtures";

// Issue 15, finding 10: the usual way in (a search engine → the posting → the apply form) keeps the site
// that sent the applicant and the campaign tags of their visit, without a cookie, and the recruiter sees them.

const resumePdf = path.join(__dirname, "../test/files/resume.pdf");

/** The value next to `term` in a list of facts (<dt>term</dt><dd>value</dd>). */
const fact = (facts: Locator, term: string) => facts.locator(`dt:text-is("${term}") + dd`);

test.describe("where an applicant came from", () => {
  test("a search engine's visitor applies from the posting; the recruiter sees the site and the campaign tags", async ({ page, org, signInPage }) => {
    const posting = `/careers/${org.organization.slug}/${org.job.slug}`;
    const policyErrors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy/i.test(message.text())) policyErrors.push(message.text());
    });

    await page.goto(`${posting}?utm_medium=social&utm_campaign=autumn`, { referer: "https://www.google.com/" });
    const apply = page.getByRole("link", { name: "Apply for this job" });
    await expect(apply).toHaveAttribute("href", `${posting}/apply?utm_medium=social&utm_campaign=autumn&referrer=https%3A%2F%2Fwww.google.com`);
    await apply.click();

    const email = `sources-${randomUUID()}@example.com`;
    await expect(page.getByRole("heading", { name: `Apply for ${org.job.title}` })).toBeVisible();
    await page.getByLabel("Full name").fill("Robin Referred");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Resume").setInputFiles(resumePdf);
    await page.getByLabel(/I have read/).check();
    await page.getByRole("button", { name: "Submit application" }).click();
    await expect(page.getByRole("heading", { name: "Application received" })).toBeVisible();
    expect(policyErrors).toEqual([]);

    // The stored posting is the same page for every visitor: its apply links are plain, no one's referrer is in it.
    const stored = await page.request.get(`${posting}?utm_source=someone-else`, { headers: { referer: "https://www.bing.com/" } });
    expect(stored.headers()["x-nextjs-cache"]).toBe("HIT");
    const html = await stored.text();
    expect(html.match(/href="[^"]*\/apply[^"]*"/g)).toEqual([`href="${posting}/apply"`, `href="${posting}/apply"`]);
    expect(html).not.toMatch(/bing|google|someone-else/);

    await signInPage.signInAs(org.users.recruiter.email, org.password, `/jobs/${org.job.id}/pipeline`);
    await page.getByRole("link", { name: "Robin Referred" }).click();
    const application = page.getByRole("region", { name: "Application" });
    await expect(fact(application, "Source")).toHaveText("google.com");
    await expect(fact(application, "Referrer")).toHaveText("google.com");
    await expect(fact(application, "UTM medium")).toHaveText("social");
    await expect(fact(application, "UTM campaign")).toHaveText("autumn");
    await expect(fact(application, "UTM source")).toHaveCount(0);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the apply form still gets the posting address's campaign tags, from its Referer", async ({ page, org }) => {
      const posting = `/careers/${org.organization.slug}/${org.job.slug}`;
      await page.goto(`${posting}?utm_source=newsletter&utm_campaign=spring`, { referer: "https://www.google.com/" });
      const apply = page.getByRole("link", { name: "Apply for this job" });
      await expect(apply).toHaveAttribute("href", `${posting}/apply`);
      await apply.click();
      await expect(page.getByRole("heading", { name: `Apply for ${org.job.title}` })).toBeVisible();
      const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Submit application" }) });
      await expect(form.locator('input[type="hidden"][name="utm_source"]')).toHaveValue("newsletter");
      await expect(form.locator('input[type="hidden"][name="utm_campaign"]')).toHaveValue("spring");
      // The site before the stored posting is known only to the browser's script: not carried without it.
      await expect(form.locator('input[type="hidden"][name="referrer"]')).toHaveCount(0);
    });
  });
});
