import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, SignInPage, test } from "./fixtures";

// Reaching candidates elsewhere: an admin copies the "Embed on your website" snippet from Settings →
// Organisation into a page of their own site (a real server on another origin, started here), which then
// lists the open jobs; and the Indeed feed, as Indeed reads it. Both follow a job being edited and closed.

/** The Indeed feed, parsed by the browser's XML parser (which refuses anything not well-formed). */
async function readIndeedFeed(page: Page, request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/xml; charset=utf-8");
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "application/xml");
    const text = (job: Element, name: string) => job.querySelector(`:scope > ${name}`)?.textContent ?? "";
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      root: doc.documentElement.tagName,
      jobs: [...doc.querySelectorAll("source > job")].map((job) => ({
        title: text(job, "title"),
        url: text(job, "url"),
        referencenumber: text(job, "referencenumber"),
        company: text(job, "company"),
      })),
    };
  }, await response.text());
}

/** A page on the organisation's own website (another origin than Candor's), holding the pasted snippet. */
async function companySite(snippet: string): Promise<{ server: Server; url: string }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(`<!doctype html><html lang="en"><head><title>Careers at our company</title></head><body><main><h1>Work with us</h1>${snippet}</main></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

/** A visitor with nothing cached opens the company's page. */
async function visit(browser: Browser, url: string, { javaScriptEnabled = true } = {}) {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
  await page.goto(url);
  return page;
}

test.describe("job boards and the organisation's own website", () => {
  test.describe.configure({ timeout: 120_000 });

  test("the copied snippet lists the open jobs on another site, and it and the Indeed feed follow an edit and a close", async ({ browser, request, org }) => {
    const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    const admin = await context.newPage();
    await new SignInPage(admin).signInAs(org.users.admin.email, org.password);
    const slug = org.organization.slug;

    // Settings → Organisation shows the feed's address and the snippet, each with a Copy button.
    await admin.goto("/settings/organization");
    const reach = admin.getByRole("region", { name: "Job boards and your website" });
    const feedUrl = await reach.getByLabel("Indeed XML feed").inputValue();
    expect(feedUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/careers/${slug}/indeed\\.xml$`));
    await expectNoAxeViolations(admin);
    await reach.getByRole("button", { name: "Copy Embed on your website" }).click();
    await expect(reach.getByRole("status").filter({ hasText: "Copied." })).toBeVisible();
    const snippet = await admin.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toBe(await reach.getByLabel("Embed on your website").inputValue());
    expect(snippet).toContain(`data-candor-jobs="${slug}"`);

    // The feed Indeed reads lists the open job.
    const postingUrl = new URL(`/careers/${slug}/${org.job.slug}`, feedUrl).href;
    expect(await readIndeedFeed(admin, request, feedUrl)).toEqual({
      error: null,
      root: "source",
      jobs: [{ title: org.job.title, url: postingUrl, referencenumber: expect.stringMatching(/^\d+$/), company: org.organization.name }],
    });

    const site = await companySite(snippet);
    try {
      // Without JavaScript the snippet is a link to the careers page.
      const noScript = await visit(browser, site.url, { javaScriptEnabled: false });
      await expect(noScript.getByRole("link", { name: `Open positions at ${org.organization.name}` })).toHaveAttribute(
        "href",
        new URL(`/careers/${slug}`, feedUrl).href,
      );

      // The admin's own browser (signed in to Candor, same host) visits the company site: the list appears,
      // and the request for it carried no cookie.
      const own = await context.newPage();
      const apiRequest = own.waitForRequest((req) => req.url().includes(`/api/v1/boards/${slug}/jobs`));
      await own.goto(site.url);
      expect((await (await apiRequest).allHeaders()).cookie).toBeUndefined();
      const list = own.getByRole("main").getByRole("list");
      await expect(list.getByRole("link")).toHaveText([org.job.title]);
      await expect(list.getByRole("link", { name: org.job.title })).toHaveAttribute("href", postingUrl);
      await expectNoAxeViolations(own);
      await list.getByRole("link", { name: org.job.title }).click();
      await expect(own.getByRole("heading", { name: org.job.title, level: 1 })).toBeVisible();

      // A title with markup and XML's own delimiters, typed by a recruiter: text everywhere, never markup.
      const title = "R&D <img src=x onerror=alert(1)> Lead ]]> Zürich";
      await admin.goto(`/jobs/${org.job.id}/edit`);
      await admin.getByLabel("Title").fill(title);
      await admin.getByRole("button", { name: "Save changes" }).click();
      await expect(admin.getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();
      await expect.poll(async () => (await readIndeedFeed(admin, request, feedUrl)).jobs.map((job) => job.title)).toEqual([title]);

      const visitor = await visit(browser, site.url);
      await expect(visitor.getByRole("main").getByRole("link")).toHaveText([title]);
      await expect(visitor.getByRole("main").locator("img")).toHaveCount(0);

      // Closed: gone from the feed at once, and from the list for the next visitor.
      await admin.getByRole("button", { name: "Save and close" }).click();
      await expect(admin.getByRole("status").filter({ hasText: "Closed" })).toBeVisible();
      expect((await readIndeedFeed(admin, request, feedUrl)).jobs).toEqual([]);
      const later = await visit(browser, site.url);
      await expect(later.getByRole("main").getByText("No open positions right now.")).toBeVisible();
      await expect(later.getByRole("main").getByRole("link")).toHaveCount(0);
    } finally {
      site.server.close();
    }
  });

  test("the script is cacheable and the API it reads is open to any origin, without credentials", async ({ request, org }) => {
    const script = await request.get("/embed.js");
    expect(script.status()).toBe(200);
    expect(script.headers()["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(script.headers()["cache-control"]).toBe("public, max-age=3600, stale-while-revalidate=86400");
    expect(await script.text()).toContain("document.currentScript");

    const api = await request.get(`/api/v1/boards/${org.organization.slug}/jobs`, { headers: { Origin: "https://www.example.com" } });
    expect(api.headers()["access-control-allow-origin"]).toBe("*");
    expect(api.headers()["access-control-allow-credentials"]).toBeUndefined();
  });

  test("an unknown organisation has no Indeed feed", async ({ request }) => {
    expect((await request.get("/careers/no-such-organisation/indeed.xml")).status()).toBe(404);
  });
});
