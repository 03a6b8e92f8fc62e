import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page, Request } from "@playwright/test";
import { collectViolations } from "./csp";
import { expect, test } from "./fixtures";

// Issue 18: the apply form ships no React. It is rendered on the server and complete without JavaScript;
// one plain script (public/js/apply-form.js) adds upload progress and errors without a reload.

const resumePdf = path.join(__dirname, "../test/files/resume.pdf");
const disguisedPdf = { name: "cv.pdf", mimeType: "application/pdf", buffer: readFileSync(path.join(__dirname, "../test/files/page.html")) };

/** The form's posts to its submit URL (the script's path). */
function submissions(page: Page) {
  const sent: Request[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && /\/api\/careers\/[^/]+\/jobs\/[^/]+\/applications$/.test(request.url())) sent.push(request);
  });
  return sent;
}

/**
 * The page as a server that serves it without Next's client runtime (the `speed` branch) would: every
 * script from /_next/ refused, and every other script tag removed from the HTML (the inline RSC payload)
 * but the page's own files under /js/ and structured data.
 */
async function withoutNextRuntime(page: Page) {
  await page.route("**/_next/static/**", (route) => (route.request().resourceType() === "script" ? route.abort() : route.continue()));
  await page.route(/\/apply(\?|$)/, async (route) => {
    if (route.request().method() !== "GET" || route.request().resourceType() !== "document") return route.continue();
    const response = await route.fetch();
    const html = (await response.text()).replace(/<script\b(?![^>]*\bsrc="\/js\/)(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/g, "");
    await route.fulfill({ response, body: html });
  });
}

test.describe("the apply form without Next's runtime", () => {
  test("its own script checks early, shows progress and the server's errors in place, then opens the status page", async ({ page, org, expectAccessible }) => {
    const violations = collectViolations(page);
    await withoutNextRuntime(page);
    const sent = submissions(page);
    await page.goto(`/careers/${org.organization.slug}/${org.job.slug}/apply`);
    expect(await page.evaluate(() => "__next_f" in window || "next" in window)).toBe(false);
    // A mark the page keeps until it is reloaded: every check below happens without a reload.
    await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

    // The early checks, in the server's words, before anything is sent.
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Resume").setInputFiles({ name: "cv.exe", mimeType: "application/octet-stream", buffer: Buffer.from("MZ") });
    await page.getByRole("button", { name: "Submit application" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "problems" });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("heading")).toHaveText("Your application has 4 problems");
    await expect(summary.getByRole("link")).toHaveText([
      "Enter your full name.",
      "Enter a valid email address, like name@example.com.",
      "Resume must be a PDF, Word (DOC or DOCX), RTF or TXT file.",
      "Please confirm that you have read the privacy notice.",
    ]);
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Email")).toHaveAccessibleDescription("Enter a valid email address, like name@example.com.");
    await expect(page.getByLabel("Resume")).toHaveAccessibleDescription("PDF, Word (DOC or DOCX), RTF or TXT, up to 10 MB. Resume must be a PDF, Word (DOC or DOCX), RTF or TXT file.");
    await expectAccessible();
    // A link in the summary takes the keyboard to its field.
    await summary.getByRole("link", { name: "Enter your full name." }).press("Enter");
    await expect(page.getByLabel("Full name")).toBeFocused();

    await page.getByLabel("Resume").setInputFiles({ name: "cv.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(10 * 1024 * 1024 + 1) });
    await page.getByRole("button", { name: "Submit application" }).click();
    await expect(summary.getByRole("link", { name: "Resume is larger than 10 MB. Upload a smaller file." })).toBeVisible();
    expect(sent).toHaveLength(0);

    // Fixed as far as the browser can tell: the server, looking at the bytes, refuses the file.
    await page.getByLabel("Full name").fill("Nadia No-Runtime");
    await page.getByLabel("Email").fill(`no-runtime-${randomUUID()}@example.com`);
    await page.getByLabel("Resume").setInputFiles(disguisedPdf);
    await page.getByLabel(/I have read/).check();
    // Hold the upload until the test has seen its progress.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/api/careers/**/applications", async (route) => {
      await held;
      await route.continue();
    });
    const button = page.getByRole("button", { name: /Submit application|Sending…/ });
    await button.click();
    await expect(page.getByRole("progressbar", { name: "Upload progress" })).toBeVisible();
    await expect(page.getByText(/^(Uploading… \d+%|Processing…)$/)).toBeVisible();
    await expect(button).toHaveAttribute("aria-disabled", "true");
    await expect(button).toBeFocused();
    await button.click({ force: true }); // a second press while sending sends nothing more
    release();
    const oneProblem = page.getByRole("alert").filter({ hasText: "1 problem" });
    await expect(oneProblem).toBeFocused();
    await expect(oneProblem.getByRole("link")).toHaveText([/^Resume is named \.pdf but is not a real PDF file/]);
    await expect(page.getByLabel("Resume")).toHaveAccessibleDescription(/Resume is named \.pdf but is not a real PDF file/);
    // The browser's early problems are gone from their fields.
    await expect(page.getByLabel("Email")).not.toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Email")).toHaveAccessibleDescription("");
    await expect(page.getByRole("progressbar", { name: "Upload progress" })).toBeHidden();
    await expect(button).not.toHaveAttribute("aria-disabled", "true");
    expect(sent).toHaveLength(1);
    expect(await page.evaluate(() => "stillTheSamePage" in window)).toBe(true);
    await expectAccessible();

    await page.getByLabel("Resume").setInputFiles(resumePdf);
    await button.click();
    await expect(page).toHaveURL(/\/status\/[\w-]+\?submitted=1$/);
    await expect(page.getByTestId("application-status")).toHaveText("Applied");
    expect(sent).toHaveLength(2);
    expect(violations).toEqual([]);
  });
});

test.describe("the apply form as plain HTML", () => {
  test("ships without Next's runtime, and when its one script never arrives the form still shows the server's errors, then succeeds", async ({ page, org }) => {
    // The script never arrives (so the page never finishes loading): the browser sends the form itself.
    await page.route("**/js/apply-form.js", () => undefined);
    const actions: Request[] = [];
    page.on("request", (request) => request.method() === "POST" && actions.push(request));
    await page.goto(`/careers/${org.organization.slug}/${org.job.slug}/apply`, { waitUntil: "domcontentloaded" });
    // server.mjs sent the page without Next's client runtime: nothing of React in the browser.
    await expect(page.locator('script[src^="/_next/"], link[rel="modulepreload"]')).toHaveCount(0);
    expect(await page.content()).not.toContain("self.__next_f");
    await page.getByLabel("Full name").fill("Rita Plain");
    await page.getByLabel("Email").fill("rita-at-example");
    await page.getByRole("button", { name: "Submit application" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "problems" });
    await expect(summary.getByRole("link")).toHaveText([
      "Enter a valid email address, like name@example.com.",
      "Attach your resume.",
      "Please confirm that you have read the privacy notice.",
    ]);
    await expect(page.getByLabel("Email")).toHaveAccessibleDescription("Enter a valid email address, like name@example.com.");
    await expect(page.getByLabel("Full name")).toHaveValue("Rita Plain");
    expect(actions).toHaveLength(1);

    await page.getByLabel("Email").fill(`rita-${randomUUID()}@example.com`);
    await page.getByLabel("Resume").setInputFiles(resumePdf);
    await page.getByLabel(/I have read/).check();
    await page.getByRole("button", { name: "Submit application" }).click();
    await expect(page).toHaveURL(/\/status\/[\w-]+\?submitted=1$/);
    await expect(page.getByTestId("application-status")).toHaveText("Applied");
  });
});

test.describe("a double submit makes one application", () => {
  test("with the script: the second press sends nothing", async ({ page, org }) => {
    const sent = submissions(page);
    await page.goto(`/careers/${org.organization.slug}/${org.job.slug}/apply`);
    await page.getByLabel("Full name").fill("Dana Double");
    await page.getByLabel("Email").fill(`double-${randomUUID()}@example.com`);
    await page.getByLabel("Resume").setInputFiles(resumePdf);
    await page.getByLabel(/I have read/).check();
    await page.getByRole("button", { name: "Submit application" }).dblclick();
    await expect(page).toHaveURL(/\/status\/[\w-]+\?submitted=1$/);
    await expect(page.getByRole("listitem").filter({ hasText: org.job.title })).toHaveCount(1);
    expect(sent).toHaveLength(1);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("both posts carry the form's key: the second finds the first application, not a refusal", async ({ page, org }) => {
      await page.goto(`/careers/${org.organization.slug}/${org.job.slug}/apply`);
      await page.getByLabel("Full name").fill("Dora Double");
      await page.getByLabel("Email").fill(`double-noscript-${randomUUID()}@example.com`);
      await page.getByLabel("Resume").setInputFiles(resumePdf);
      await page.getByLabel(/I have read/).check();
      const posts: Request[] = [];
      page.on("request", (request) => request.method() === "POST" && posts.push(request));
      await page.getByRole("button", { name: "Submit application" }).dblclick();
      await expect(page).toHaveURL(/\/status\/[\w-]+\?submitted=1$/);
      await expect(page.getByRole("listitem").filter({ hasText: org.job.title })).toHaveCount(1);
      await expect(page.getByTestId("application-status")).toHaveText("Applied");
      expect(posts.length).toBeGreaterThanOrEqual(1);
    });
  });
});

test.describe("the apply form without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the server's errors: the summary has the focus, links to each field, and the answers are kept", async ({ page, org }) => {
    await page.goto(`/careers/${org.organization.slug}/${org.job.slug}/apply`);
    await page.getByLabel("Full name").fill("Nell NoScript");
    await page.getByLabel("Email").fill("nell-at-example");
    await page.getByLabel("Cover letter (text)").fill("Dear team,\nI build careful things.");
    await page.getByLabel("Gender").selectOption({ index: 1 });
    await page.getByLabel("Cover letter (file)").setInputFiles(resumePdf);
    await page.getByRole("button", { name: "Submit application" }).click();

    const summary = page.getByRole("alert").filter({ hasText: "problems" });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("heading")).toHaveText("Your application has 3 problems");
    await expect(summary.getByRole("link")).toHaveText([
      "Enter a valid email address, like name@example.com.",
      "Attach your resume.",
      "Please confirm that you have read the privacy notice.",
    ]);
    // The cover letter file was sent, but a page can't give it back: the applicant hears so.
    await expect(summary).toContainText("The files you attached were not kept: choose them again before you send the form.");
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Email")).toHaveAccessibleDescription("Enter a valid email address, like name@example.com.");
    await expect(page.getByLabel("Full name")).not.toHaveAttribute("aria-invalid", "true");
    // Kept as typed (files can't be: they are chosen again).
    await expect(page.getByLabel("Full name")).toHaveValue("Nell NoScript");
    await expect(page.getByLabel("Email")).toHaveValue("nell-at-example");
    await expect(page.getByLabel("Cover letter (text)")).toHaveValue("Dear team,\nI build careful things.");
    await expect(page.getByLabel("Gender")).not.toHaveValue("");

    // The summary's links are targets of at least 24 px (WCAG 2.2).
    for (const link of await summary.getByRole("link").all()) expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(24);
    await summary.getByRole("link", { name: "Attach your resume." }).click();
    await expect(page).toHaveURL(/#field-resume$/);
  });
});

test.describe("the apply form with every script of its own refused", () => {
  // The no-JavaScript path (the form posts to its server action), with scripts on for axe's sake.
  test("the page the server sends back with errors has no axe violations", async ({ page, org, expectAccessible }) => {
    await withoutNextRuntime(page);
    await page.route("**/js/apply-form.js", (route) => route.abort());
    await page.goto(`/careers/${org.organization.slug}/${org.job.slug}/apply`);
    await page.getByLabel("Email").fill("nell-at-example");
    await page.getByRole("button", { name: "Submit application" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "problems" });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link")).toHaveCount(4);
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    await expectAccessible();
  });
});
