// `npm run screenshots -- --url http://localhost:3000`: PNGs of Candor's main pages, on a desktop (1280×800)
// and a phone (390×844), in docs/screenshots/. It builds and starts nothing: point it at a running server
// that holds the demo organisation (`npm run dev`, or `npm run db:seed` then `npm start`). It signs in as the
// demo users (README), finds the demo's job, candidate, application and interview by following links, and
// writes <page>-desktop.png and <page>-phone.png for each page. docs/screenshots/README.md lists them.
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";

const { values: options } = parseArgs({
  options: {
    url: { type: "string", default: process.env.SCREENSHOTS_URL ?? "http://localhost:3000" },
    out: { type: "string", default: "docs/screenshots" },
    only: { type: "string" },
    "full-page": { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});

if (options.help) {
  console.log(`Usage: npm run screenshots -- [--url http://localhost:3000] [--out docs/screenshots] [--only board,scorecard] [--full-page]

Writes <page>-desktop.png (1280×800) and <page>-phone.png (390×844) for every main page of a running Candor
server with the demo organisation. The browser is CHROMIUM_PATH when set, else /usr/bin/chromium-headless-shell where
installed, else Playwright's own Chromium (npx playwright install chromium).`);
  process.exit(0);
}

const debianChromium = "/usr/bin/chromium-headless-shell";
const DEMO_PASSWORD = "candor-demo";
const DEMO_ORG = "demo";
const DEMO_JOB = { slug: "senior-backend-engineer", title: "Senior Backend Engineer" };
const viewports = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
};

/**
 * Every page, in the order they are taken. `as` is the demo user who sees it (none: signed out); `path`
 * returns the address, given what `discover` found.
 */
const shots = [
  { name: "sign-in", title: "Sign in", path: () => "/sign-in" },
  { name: "careers", title: "Careers site", path: () => `/careers/${DEMO_ORG}` },
  { name: "posting", title: "Job posting", path: () => `/careers/${DEMO_ORG}/${DEMO_JOB.slug}` },
  { name: "apply", title: "Application form", path: () => `/careers/${DEMO_ORG}/${DEMO_JOB.slug}/apply` },
  { name: "jobs", title: "Jobs list", as: "admin", path: () => "/jobs" },
  { name: "job-editor", title: "Job editor", as: "admin", path: (found) => `/jobs/${found.jobId}/edit` },
  { name: "board", title: "Pipeline board", as: "admin", path: (found) => `/jobs/${found.jobId}/pipeline` },
  { name: "application", title: "Application", as: "admin", path: (found) => found.applicationPath },
  { name: "candidate", title: "Candidate profile", as: "admin", path: (found) => found.candidatePath },
  { name: "hiring", title: "Hiring dashboard", as: "admin", path: () => "/hiring" },
  { name: "settings", title: "Settings", as: "admin", path: () => "/settings" },
  { name: "scorecard", title: "Scorecard", as: "interviewer", path: (found) => found.scorecardPath },
];

const wanted = options.only ? new Set(options.only.split(",").map((name) => name.trim())) : null;
const selected = shots.filter((shot) => !wanted || wanted.has(shot.name));
if (wanted) {
  const unknown = [...wanted].filter((name) => !shots.some((shot) => shot.name === name));
  if (unknown.length) {
    console.error(`screenshots: no page called ${unknown.join(", ")} (pages: ${shots.map((shot) => shot.name).join(", ")})`);
    process.exit(2);
  }
}

const baseURL = options.url.replace(/\/$/, "");
const outDir = path.resolve(options.out);

async function checkServer() {
  try {
    const response = await fetch(`${baseURL}/api/health`);
    if (response.ok) return;
    throw new Error(`answered ${response.status}`);
  } catch (error) {
    console.error(`screenshots: no Candor server at ${baseURL} (${error.message}). Start one with the demo data first (npm run dev).`);
    process.exit(1);
  }
}

async function signIn(page, role) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(`${role}@example.com`);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: 30_000 });
}

/** The first link on a page whose address starts with this path, e.g. the first card's application. */
async function firstLink(page, prefix) {
  const links = page.locator(`main a[href^="${prefix}"]`);
  await links.first().waitFor({ timeout: 15_000 });
  // A record's page, its id after the prefix: not /candidates/new or /candidates/import.
  const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href") ?? ""));
  const href = hrefs.find((candidate) => /^[0-9a-f]{8}-/.test(candidate.slice(prefix.length)));
  if (!href) throw new Error(`no link to ${prefix}… on ${page.url()}`);
  return href;
}

/** The demo's ids, found the way a person would: through the jobs list, the board and My feedback. */
async function discover(pages) {
  const found = {};
  const admin = pages.admin;
  if (admin) {
    await admin.goto("/jobs");
    await admin.getByRole("link", { name: DEMO_JOB.title, exact: true }).click();
    await admin.waitForURL(/\/jobs\/[\w-]+$/);
    found.jobId = new URL(admin.url()).pathname.split("/")[2];
    await admin.goto(`/jobs/${found.jobId}/pipeline`);
    found.applicationPath = await firstLink(admin, "/applications/");
    await admin.goto("/candidates");
    found.candidatePath = await firstLink(admin, "/candidates/");
  }
  if (pages.interviewer) {
    await pages.interviewer.goto("/feedback");
    found.scorecardPath = await firstLink(pages.interviewer, "/feedback/");
  }
  return found;
}

/** Waits until the page is still: its heading shown, requests done, fonts loaded, nothing animating. */
async function settle(page) {
  await page.getByRole("heading", { level: 1 }).first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState("networkidle").catch(() => {});
  await page.evaluate(() => document.fonts.ready);
}

async function main() {
  await checkServer();
  await mkdir(outDir, { recursive: true });
  const browser = await chromium.launch({
    // As playwright.config.ts: CHROMIUM_PATH, else Debian's headless shell where it is installed, else Playwright's own.
    executablePath: process.env.CHROMIUM_PATH || (existsSync(debianChromium) ? debianChromium : undefined),
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const roles = [...new Set(selected.map((shot) => shot.as).filter(Boolean))];
  let failures = 0;
  let found = null;
  try {
    for (const [device, viewport] of Object.entries(viewports)) {
      const phone = device === "phone";
      const contexts = {};
      const pages = {};
      for (const role of [undefined, ...roles]) {
        const context = await browser.newContext({ baseURL, viewport, deviceScaleFactor: 1, isMobile: phone, hasTouch: phone, reducedMotion: "reduce" });
        contexts[role ?? "public"] = context;
        pages[role ?? "public"] = await context.newPage();
        if (role) await signIn(pages[role], role);
      }
      // Ids are the same for both viewports: found once, on the first pass.
      found ??= await discover(pages);
      for (const shot of selected) {
        const page = pages[shot.as ?? "public"];
        const file = path.join(outDir, `${shot.name}-${device}.png`);
        try {
          const target = shot.path(found);
          if (!target) throw new Error("its address was not found in the demo data");
          await page.goto(target);
          await settle(page);
          await page.screenshot({ path: file, fullPage: options["full-page"], animations: "disabled", caret: "hide" });
          console.log(`screenshots: ${path.relative(process.cwd(), file)} (${shot.title}, ${target})`);
        } catch (error) {
          failures++;
          console.error(`screenshots: ${shot.name} on a ${device} failed: ${error.message.split("\n")[0]}`);
        }
      }
      await Promise.all(Object.values(contexts).map((context) => context.close()));
    }
  } finally {
    await browser.close();
  }
  if (failures) {
    console.error(`screenshots: ${failures} failed`);
    process.exit(1);
  }
}

await main();
