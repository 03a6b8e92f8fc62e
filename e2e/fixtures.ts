import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import type { IsolatedOrganization, IsolatedOrganizationOptions } from "@/db/fixtures";

export const DEMO_PASSWORD = "candor-demo";
export const demoUsers = {
  admin: "admin@example.com",
  recruiter: "recruiter@example.com",
  hiring_manager: "manager@example.com",
  interviewer: "interviewer@example.com",
} as const;

export class SignInPage {
  constructor(readonly page: Page) {}

  async goto(path = "/sign-in") {
    await this.page.goto(path);
  }

  /** The form's own message (Next adds an empty route announcer with role=alert to every page). */
  get alert() {
    return this.page.getByRole("form", { name: "Sign in" }).getByRole("alert");
  }

  async signIn(email: string, password: string) {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }

  /** Signs in with the sign-in form, as a person does, and waits until the dashboard shows. */
  async signInWithForm(email: string, password: string) {
    await this.goto();
    await this.signIn(email, password);
    await expect(this.page.getByTestId("organization-name")).toBeVisible();
  }

  /**
   * Signs this page's browser context in, then opens `path` (the dashboard unless told) and waits for the
   * signed-in header: for tests about what comes after signing in. The password goes to Auth.js's
   * credentials endpoint, the provider the form's action calls (same checks, same session), without
   * rendering the sign-in page: a third less CPU per sign-in, about a minute of the suite. Opening the page
   * the test wants first, not the dashboard and then that page, saved about half a second of a worker's
   * time per test. The form itself is tested with signInWithForm (auth.spec.ts, two-factor.spec.ts).
   */
  async signInAs(email: string, password: string, path = "/") {
    const request = this.page.context().request;
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password }, maxRedirects: 0 });
    // Success and refusal both redirect; a refusal's address names the error.
    expect(response.status(), `signing in as ${email}`).toBe(302);
    expect(response.headers().location ?? "", `signing in as ${email}`).not.toMatch(/error=/);
    await this.page.goto(path);
    await expect(this.page.getByTestId("organization-name")).toBeVisible();
  }
}

/** A page of its own (a new browser context, so its own cookies) signed in as this person, on `path` (the dashboard unless told). */
export async function signedInPage(browser: Browser, email: string, password: string, path = "/"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await new SignInPage(page).signInAs(email, password, path);
  return page;
}

/** A fresh organisation with options (applicants, anonymised review, hiring team), for tests that need more than `org`. */
/**
 * Holds back the page's JavaScript (its stylesheets load: the page is drawn, as on a slow connection) until
 * `release` is called, so a test can use the server's HTML before React hydrates it. A later hold on the
 * same page takes over from this one (the last route registered answers first).
 */
export async function holdScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/**", async (route) => {
    if (!route.request().url().endsWith(".css")) await held;
    await route.continue();
  });
  return release;
}

export async function createOrganization(
  request: APIRequestContext,
  options: IsolatedOrganizationOptions = {},
): Promise<IsolatedOrganization> {
  const response = await request.post("/api/e2e/fixtures", { data: options });
  expect(response.ok(), "the e2e fixture route must be enabled").toBe(true);
  return (await response.json()) as IsolatedOrganization;
}

type Fixtures = {
  /** A fresh organisation of its own for this test: one member per role, one open job. */
  org: IsolatedOrganization;
  signInPage: SignInPage;
  /** Asserts axe finds no violations on the current page. */
  expectAccessible: () => Promise<void>;
  /** Closes, after each test, the browser contexts the test opened itself (signedInPage, other people). */
  closeOwnContexts: void;
};

export const test = base.extend<Fixtures>({
  // Playwright closes a test's own `context`, but not those it made with browser.newContext(): they lived
  // until the worker's browser closed. Near the end of one CI run 124 renderer processes were open, the
  // kernel took half the CPU time, and the Playwright run took about twice as long as the one before. Set up
  // before `context` and torn down after it, so the test's own context has been closed (and its trace
  // saved) by then.
  closeOwnContexts: [
    async ({ browser }, use) => {
      const before = new Set(browser.contexts());
      await use();
      await Promise.all(browser.contexts().filter((context) => !before.has(context)).map((context) => context.close()));
    },
    { auto: true },
  ],
  org: async ({ request }, use) => {
    await use(await createOrganization(request));
  },
  signInPage: async ({ page }, use) => {
    await use(new SignInPage(page));
  },
  expectAccessible: async ({ page }, use) => {
    await use(() => expectNoAxeViolations(page));
  },
});

/**
 * Runs axe on the page as it stands once colour transitions have finished: a button still fading from its
 * disabled colour after a submit would otherwise be measured half-way and fail the contrast check. The
 * page gets its transitions back afterwards (the board's drag and drop relies on them).
 *
 * In axe's "legacy" mode: one run in the page, with its same-origin frames (Candor's pages have no other
 * frames: the resume preview is served by Candor). The default gathers each frame's results and combines
 * them in a blank page it opens for every check, loading axe a third time: about a sixth of the suite's
 * time went to axe.
 */
export async function expectNoAxeViolations(page: Page) {
  const settled = await page.addStyleTag({ content: "*, *::before, *::after { transition: none !important; animation: none !important; }" });
  const results = await new AxeBuilder({ page }).setLegacyMode().analyze();
  await settled.evaluate((style) => (style as Element).remove());
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

export { expect };
