import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { APIResponse, Response } from "@playwright/test";
import { collectViolations } from "./csp";
import { expect, SignInPage, test } from "./fixtures";

const resumePdf = path.join(__dirname, "../test/files/resume.pdf");

function expectSecurityHeaders(response: Response | APIResponse | null, { frameAncestors = "'none'", referrer = "strict-origin-when-cross-origin" } = {}) {
  expect(response, "a response").not.toBeNull();
  const headers = response!.headers();
  const url = response!.url();
  expect(headers["x-content-type-options"], url).toBe("nosniff");
  expect(headers["referrer-policy"], url).toBe(referrer);
  expect(headers["permissions-policy"], url).toContain("camera=()");
  const policies = headers["content-security-policy"] ?? "";
  expect(policies, url).toContain(`frame-ancestors ${frameAncestors}`);
  expect(policies, url).not.toContain("unsafe-eval");
  // The script policy: inline scripts only by nonce or hash (a careers page served without Next's runtime
  // has none, and allows only scripts from this origin).
  const scriptSources = [...policies.matchAll(/script-src ([^;,]+)/g)].map((match) => match[1]!);
  if (response!.headers()["content-type"]?.startsWith("text/html")) {
    expect(scriptSources.length, url).toBeGreaterThan(0);
    for (const sources of scriptSources) {
      expect(sources, url).not.toContain("unsafe-inline");
      expect(sources, url).toMatch(/'(nonce|sha256)-|^'self'$/);
    }
  }
}

test.describe("security headers", () => {
  test("a candidate applies with the JavaScript form and a recruiter reviews them, with no policy violation anywhere", async ({ page, browser, org }) => {
    const violations = collectViolations(page);
    const careers = await page.goto(`/careers/${org.organization.slug}`);
    expectSecurityHeaders(careers);
    // A filtered view is rendered per request (proxy.ts), then served without Next's runtime: its policy must survive both.
    expectSecurityHeaders(await page.goto(`/careers/${org.organization.slug}?q=${encodeURIComponent(org.job.title)}`));
    await page.getByRole("link", { name: org.job.title }).click();
    await page.getByRole("link", { name: "Apply for this job" }).click();
    await page.getByLabel("Full name").fill("Casey Headers");
    await page.getByLabel("Email").fill(`casey-${Date.now()}@example.com`);
    await page.getByLabel("Resume").setInputFiles(resumePdf);
    await page.getByLabel(/I have read/).check();
    const upload = page.waitForResponse((response) => /\/api\/careers\/.+\/applications$/.test(response.url()));
    const statusPage = page.waitForResponse((response) => /\/status\/[\w-]+\?submitted=1$/.test(response.url()));
    await page.getByRole("button", { name: "Submit application" }).click();
    expect((await upload).status(), "the JavaScript path posted the form").toBe(201);
    expectSecurityHeaders(await statusPage, { referrer: "no-referrer" });
    await expect(page.getByRole("heading", { name: "Application received" })).toBeVisible();

    const recruiter = await browser.newPage();
    violations.push(...collectViolations(recruiter));
    await new SignInPage(recruiter).signInWithForm(org.users.recruiter.email, org.password);
    const board = await recruiter.goto(`/jobs/${org.job.id}/pipeline`);
    expectSecurityHeaders(board);
    await recruiter.getByRole("link", { name: "Casey Headers" }).click();
    const preview = recruiter.frameLocator("iframe[title]").first();
    await expect(recruiter.locator("iframe[title]")).toHaveCount(1);
    const src = await recruiter.locator("iframe[title]").getAttribute("src");
    expectSecurityHeaders(await recruiter.request.get(src!), { frameAncestors: "'self'" });
    await expect(preview.locator("body")).toBeAttached();
    await recruiter.close();

    expect(violations).toEqual([]);
  });

  test("a page on another origin cannot frame the signed-in recruiter's board", async ({ page, signInPage, org }) => {
    await signInPage.signInAs(org.users.recruiter.email, org.password);
    const boardUrl = new URL(`/jobs/${org.job.id}/pipeline`, page.url()).href;
    // A real server on another port of the same host: another origin, yet the same site, so the session
    // cookie goes along (a page Playwright made up would count as a public address, which Chromium stops
    // from loading anything local).
    const attackerServer = createServer((_request, response) => {
      response.writeHead(200, { "Content-Type": "text/html" });
      response.end(`<!doctype html><title>Prize</title><iframe src="${boardUrl}" width="800" height="600"></iframe>`);
    });
    await new Promise<void>((resolve) => attackerServer.listen(0, "127.0.0.1", resolve));
    const attacker = `http://127.0.0.1:${(attackerServer.address() as AddressInfo).port}/`;
    const framed = page.waitForResponse(boardUrl);
    try {
      await page.goto(attacker);
      expect((await framed).status(), "the board itself answered").toBe(200);
      // Wait until the frame has settled either way: the browser refused it, or it shows the board.
      await expect
        .poll(async () => {
          const child = page.frames().find((frame) => frame !== page.mainFrame());
          if (!child) return "no frame yet";
          if (child.url().startsWith("chrome-error:")) return "refused";
          return (await child.getByTestId("organization-name").count()) > 0 ? "shows the board" : "loading";
        })
        .toBe("refused");
    } finally {
      attackerServer.close();
    }
  });
});
