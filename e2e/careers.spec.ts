import type { Page } from "@playwright/test";
import { createOrganization, expect, test } from "./fixtures";

// The public careers pages of the demo organisation (Lumen Robotics): 5 open postings, a draft
// (head-of-people) and a closed one (frontend-engineering-intern). Nothing here signs in.

const careers = "/careers/demo";
const backend = `${careers}/senior-backend-engineer`;

const filterForm = (page: Page) => page.getByRole("search", { name: "Filter jobs" });
const resultCount = (page: Page) => page.getByRole("status").filter({ hasText: "open position" });

async function readJsonLd(page: Page) {
  const text = await page.locator('script[type="application/ld+json"]').textContent();
  return JSON.parse(text ?? "null") as Record<string, unknown>;
}

test.describe("careers page", () => {
  test("lists the open postings by department and leaves out drafts and closed jobs", async ({ page }) => {
    await page.goto(careers);
    await expect(page.getByRole("heading", { name: "Open positions at Lumen Robotics", level: 1 })).toBeVisible();
    await expect(resultCount(page)).toHaveText("5 open positions");
    const engineering = page.getByRole("region", { name: "Engineering" });
    await expect(engineering.getByRole("link")).toHaveText(["Engineering Manager, Platform", "Senior Backend Engineer"]);
    await expect(page.getByRole("link", { name: "Head of People" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Frontend Engineering Intern" })).toHaveCount(0);

    await engineering.getByRole("link", { name: "Senior Backend Engineer" }).click();
    await expect(page).toHaveURL(backend);
    await expect(page.getByRole("heading", { name: "Senior Backend Engineer", level: 1 })).toBeVisible();
  });

  test("on a phone, the first posting shows above the fold, under the filters", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(careers);
    await expect(page.getByRole("main").getByRole("listitem").first().getByRole("link")).toBeInViewport();
  });

  test("finds a posting through filters kept in the URL, and a reload shows the same result", async ({ page, expectAccessible }) => {
    await page.goto(careers);
    await page.getByLabel("Workplace type").selectOption({ label: "Remote" });
    await page.getByLabel("Search").fill("backend");
    await page.getByRole("button", { name: "Show jobs" }).click();

    await expect(page).toHaveURL(/\/careers\/demo\?q=backend&workplace=remote$/);
    await expect(resultCount(page)).toHaveText("1 of 5 open positions");
    await expect(page.getByRole("link", { name: "Senior Backend Engineer" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Product Designer" })).toHaveCount(0);
    await expectAccessible();

    await page.reload();
    await expect(resultCount(page)).toHaveText("1 of 5 open positions");
    await expect(page.getByLabel("Search")).toHaveValue("backend");
    await expect(page.getByLabel("Workplace type")).toHaveValue("remote");
    await expect(page.getByRole("link", { name: "Senior Backend Engineer" })).toBeVisible();

    await filterForm(page).getByRole("link", { name: "Clear filters" }).click();
    await expect(page).toHaveURL(careers);
    await expect(resultCount(page)).toHaveText("5 open positions");
    await expect(page.getByLabel("Search")).toHaveValue("");
  });

  test("filters by department, location and employment type", async ({ page }) => {
    await page.goto(`${careers}?department=Design`);
    await expect(page.getByLabel("Department")).toHaveValue("Design");
    await expect(page.getByRole("main").getByRole("listitem")).toHaveText([/Product Designer/]);

    await page.goto(`${careers}?location=${encodeURIComponent("London, United Kingdom")}&type=full_time`);
    await expect(page.getByRole("main").getByRole("listitem")).toHaveText([/Customer Success Manager/]);
  });

  test("shows an empty state with a way back when nothing matches", async ({ page, expectAccessible }) => {
    await page.goto(`${careers}?q=astronaut&workplace=remote`);
    await expect(page.getByRole("heading", { name: "No open positions match your filters" })).toBeVisible();
    await expect(resultCount(page)).toHaveText("0 of 5 open positions");
    await expectAccessible();
    await page.getByRole("link", { name: "Show all open positions" }).click();
    await expect(resultCount(page)).toHaveText("5 open positions");
  });

  test("ignores filter values it does not know instead of failing", async ({ page }) => {
    const response = await page.goto(`${careers}?workplace=moon&type=&q=`);
    expect(response?.status()).toBe(200);
    await expect(resultCount(page)).toHaveText("5 open positions");
  });

  test("filters work with JavaScript disabled, and closed postings still explain themselves", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(careers);
    await page.getByLabel("Workplace type").selectOption({ label: "Hybrid" });
    await page.getByLabel("Search").fill("designer");
    await page.getByRole("button", { name: "Show jobs" }).click();
    await expect(page).toHaveURL(/workplace=hybrid/);
    await expect(page).toHaveURL(/q=designer/);
    await expect(page.getByRole("main").getByRole("listitem")).toHaveText([/Product Designer/]);

    const response = await page.goto(`${careers}/frontend-engineering-intern`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "This position is no longer accepting applications" })).toBeVisible();
    await context.close();
  });

  test("an organisation that does not exist is a 404", async ({ page }) => {
    const response = await page.goto("/careers/no-such-organisation");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });

  test("a brand-new organisation's careers page lists its one job", async ({ page, org }) => {
    await page.goto(`/careers/${org.organization.slug}`);
    await expect(page.getByRole("heading", { name: `Open positions at ${org.organization.name}` })).toBeVisible();
    await expect(resultCount(page)).toHaveText("1 open position");
    await page.getByRole("link", { name: org.job.title }).click();
    await expect(page.getByRole("heading", { name: org.job.title, level: 1 })).toBeVisible();
  });

  test("a job leaves the stored careers page and posting once its closing date passes", async ({ page, request }) => {
    test.setTimeout(90_000);
    const org = await createOrganization(request, { closesInSeconds: 10 });
    const careersPage = `/careers/${org.organization.slug}`;
    await page.goto(careersPage);
    await expect(page.getByRole("link", { name: org.job.title })).toBeVisible();
    await page.goto(`${careersPage}/${org.job.slug}`);
    await expect(page.getByRole("link", { name: "Apply for this job" })).toBeVisible();

    // The stored pages expire when the job closes (not 5 minutes later); the first visit after that
    // may still get the old copy while the new one is built.
    await expect(async () => {
      await page.goto(careersPage);
      await expect(page.getByRole("heading", { name: `Open positions at ${org.organization.name}` })).toBeVisible();
      await expect(page.getByRole("link", { name: org.job.title })).toHaveCount(0, { timeout: 500 });
    }).toPass({ timeout: 40_000 });
    await expect(page.getByText("No open positions right now")).toBeVisible();
    await expect(async () => {
      const response = await page.goto(`${careersPage}/${org.job.slug}`);
      expect(response?.status()).toBe(404);
    }).toPass({ timeout: 40_000 });
    await expect(page.getByRole("heading", { name: "This position is no longer accepting applications" })).toBeVisible();
  });

  test("the careers list and a posting load no framework: only small scripts of ours, the JSON-LD kept", async ({ page }) => {
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });
    for (const path of [careers, `${careers}?q=engineer`, backend]) {
      const response = await page.goto(path);
      const html = (await response?.text()) ?? "";
      expect(html).not.toMatch(/<script[^>]*\bsrc="\/_next\//);
      expect(html).not.toContain("self.__next_f");
      // What the page still runs is allowed by its policy, which allows nothing more (no nonce, no strict-dynamic).
      expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self'(?: 'sha256-[^']+')*;/);
    }
    // Each page: /careers.js (tracked links, filters); the posting also shows its date in the visitor's zone.
    expect(scripts).toEqual(["/careers.js", "/careers.js", "/careers.js", "/js/local-time.js"]);
    await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(1);
    // The script still carries the visit's campaign tags to the posting's links.
    await page.goto(`${careers}?utm_source=newsletter`);
    await expect(page.getByRole("link", { name: "Senior Backend Engineer" })).toHaveAttribute("href", `${backend}?utm_source=newsletter`);
  });

  test("has canonical and OpenGraph tags without the filters", async ({ page }) => {
    await page.goto(`${careers}?workplace=remote`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /^https?:\/\/[^/]+\/careers\/demo$/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Jobs at Lumen Robotics");
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", /\/careers\/demo$/);
  });
});

test.describe("posting page", () => {
  test("shows the facts, the pay range, the description as formatted text and a way to apply", async ({ page, expectAccessible }) => {
    await page.goto(backend);
    await expect(page).toHaveTitle("Senior Backend Engineer at Lumen Robotics");
    const facts = page.getByRole("definition");
    await expect(facts).toContainText(["Engineering", "Remote (Europe)", "Remote", "Full-time", "€85,000 – €110,000 per year"]);
    await expect(page.getByRole("heading", { name: "What you'll do", level: 2 })).toBeVisible();
    await expect(page.getByText("fleet control plane", { exact: true })).toHaveJSProperty("tagName", "STRONG");
    await expect(page.getByText("## What you'll do")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Apply for this job" })).toHaveAttribute("href", `${backend}/apply`);
    // And again after the description, for whoever read to its end.
    await expect(page.getByRole("article").getByRole("link").last()).toHaveAccessibleName("Apply for Senior Backend Engineer");
    await expect(page.getByRole("link", { name: "Apply for Senior Backend Engineer" })).toHaveAttribute("href", `${backend}/apply`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/careers\/demo\/senior-backend-engineer$/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Senior Backend Engineer at Lumen Robotics");
    await expectAccessible();
  });

  test("describes the job to search engines with complete JobPosting data", async ({ page }) => {
    await page.goto(backend);
    const data = await readJsonLd(page);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "JobPosting",
      title: "Senior Backend Engineer",
      employmentType: "FULL_TIME",
      directApply: true,
      hiringOrganization: { "@type": "Organization", name: "Lumen Robotics", sameAs: "https://lumen-robotics.example.com/" },
      jobLocationType: "TELECOMMUTE",
      applicantLocationRequirements: [{ "@type": "AdministrativeArea", name: "Europe" }],
      baseSalary: {
        "@type": "MonetaryAmount",
        currency: "EUR",
        value: { "@type": "QuantitativeValue", minValue: 85000, maxValue: 110000, unitText: "YEAR" },
      },
      identifier: { "@type": "PropertyValue", name: "Lumen Robotics" },
    });
    expect(data.description).toContain("<h2>What you'll do</h2>");
    expect(new Date(data.datePosted as string).getTime()).toBeLessThan(Date.now());
    expect(new Date(data.validThrough as string).getTime()).toBeGreaterThan(Date.now());
    expect(data.url).toMatch(/\/careers\/demo\/senior-backend-engineer$/);

    await page.goto(`${careers}/product-designer`);
    expect(await readJsonLd(page)).toMatchObject({
      jobLocation: { "@type": "Place", address: { "@type": "PostalAddress", addressLocality: "Berlin", addressCountry: "DE" } },
    });
  });

  test("drafts and unknown postings are 404s", async ({ page }) => {
    for (const slug of ["head-of-people", "no-such-job"]) {
      const response = await page.goto(`${careers}/${slug}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
      await expect(page.getByText("Head of People")).toHaveCount(0);
    }
  });

  test("a closed posting is a 404 that says it has closed and links to the other openings", async ({ page, expectAccessible }) => {
    const response = await page.goto(`${careers}/frontend-engineering-intern`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "This position is no longer accepting applications" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Apply for this job" })).toHaveCount(0);
    await expectAccessible();
    await page.getByRole("link", { name: "See all open positions at Lumen Robotics" }).click();
    await expect(resultCount(page)).toHaveText("5 open positions");
  });
});

test.describe("feeds for machines", () => {
  test("the sitemap lists every careers page and open posting, and no draft or closed one", async ({ request }) => {
    const response = await request.get("/sitemap.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/xml");
    const xml = await response.text();
    for (const path of [careers, backend, `${careers}/product-designer`]) expect(xml).toMatch(new RegExp(`<loc>https?://[^<]+${path}</loc>`));
    expect(xml).not.toContain("head-of-people");
    expect(xml).not.toContain("frontend-engineering-intern");
    expect(xml).toMatch(/<lastmod>\d{4}-\d\d-\d\dT/);
  });

  test("robots.txt opens the careers pages, closes the staff side and points at the sitemap", async ({ request }) => {
    const response = await request.get("/robots.txt");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/plain");
    const robots = await response.text();
    expect(robots).toContain("Allow: /careers");
    expect(robots).toContain("Allow: /api/v1/boards/");
    expect(robots).toContain("Disallow: /api/");
    expect(robots).toMatch(/Sitemap: https?:\/\/\S+\/sitemap\.xml/);
  });

  test("browsers and bookmark tools that ask for /favicon.ico get the icon", async ({ request }) => {
    const response = await request.get("/favicon.ico");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/x-icon");
    // An icon directory (reserved 0, type 1) holding the 16, 32 and 48 pixel sizes.
    const icon = await response.body();
    expect([icon.readUInt16LE(0), icon.readUInt16LE(2), icon.readUInt16LE(4)]).toEqual([0, 1, 3]);
  });

  test("the RSS feed is well-formed and lists the open postings only", async ({ request, page }) => {
    const response = await request.get(`${careers}/feed.xml`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
    const xml = await response.text();
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, "application/xml");
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        titles: [...doc.querySelectorAll("item > title")].map((node) => node.textContent),
        links: [...doc.querySelectorAll("item > link")].map((node) => node.textContent ?? ""),
      };
    }, xml);
    expect(parsed.error).toBeNull();
    expect(parsed.titles).toHaveLength(5);
    expect(parsed.titles).toContain("Senior Backend Engineer");
    expect(parsed.titles).not.toContain("Head of People");
    expect(parsed.links.every((link) => /^https?:\/\/[^/]+\/careers\/demo\/[a-z-]+$/.test(link))).toBe(true);
  });

  test("unknown organisations have no feed", async ({ request }) => {
    expect((await request.get("/careers/no-such-organisation/feed.xml")).status()).toBe(404);
  });
});
