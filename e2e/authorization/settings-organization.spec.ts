import type { Browser, Page } from "@playwright/test";
import type { IsolatedOrganization } from "@/db/fixtures";
import { callServerAction } from "../actions";
import { createOrganization, expect, SignInPage, test } from "../fixtures";

// Settings → Organisation (organization.manage: the profile, and whether application documents may hold
// macros) and Settings → Audit log with its CSV export (audit.read) are for admins: every other role, the
// anonymous visitor, and another organisation's admin are refused, by page, by route and by calling the
// action directly.

type Role = keyof IsolatedOrganization["users"];
type Result = { ok: boolean; code?: string };

const PROFILE = { file: "app/(dashboard)/settings/organization/actions.ts", action: "updateOrganizationProfileAction" };
const DOCUMENTS = { file: "app/(dashboard)/settings/organization/actions.ts", action: "updateDocumentPolicyAction" };

async function as(browser: Browser, org: IsolatedOrganization | null, role: Role = "admin"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  if (org) await new SignInPage(page).signInAs(org.users[role].email, org.password);
  return page;
}

async function callAs(page: Page, action: typeof PROFILE, input: Record<string, unknown>): Promise<Result> {
  const { result, threw, status } = await callServerAction<Result>(page, { ...action, args: [input], from: "/settings/organization" });
  if (threw) {
    // Only a visitor without a session is turned away before the action runs: sent to sign-in.
    expect(status).toBeGreaterThanOrEqual(300);
    expect(status).toBeLessThan(400);
    return { ok: false, code: "REDIRECTED" };
  }
  return result!;
}

test.describe("organisation settings and the audit log", () => {
  test("only admins change the organisation's profile and branding, and only their own organisation's", async ({ browser, request }) => {
    test.setTimeout(150_000);
    const org = await createOrganization(request);
    const other = await createOrganization(request);
    const callers: { who: string; page: Page; allowed: boolean }[] = [
      { who: "admin", page: await as(browser, org, "admin"), allowed: true },
      { who: "recruiter", page: await as(browser, org, "recruiter"), allowed: false },
      { who: "hiring manager", page: await as(browser, org, "hiring_manager"), allowed: false },
      { who: "interviewer", page: await as(browser, org, "interviewer"), allowed: false },
      { who: "anonymous", page: await as(browser, null), allowed: false },
      // The action changes the caller's own organisation: another admin may, and this one stays untouched.
      { who: "another organisation's admin", page: await as(browser, other, "admin"), allowed: true },
    ];
    for (const { who, page, allowed } of callers) {
      const name = allowed ? `Renamed by ${who}` : "Hacked";
      const result = await callAs(page, PROFILE, { name, careersIntro: `Intro by ${name}` });
      expect(result.ok, `${who} saves the profile`).toBe(allowed);
      if (!allowed) expect(["REDIRECTED", "UNAUTHENTICATED", "FORBIDDEN"], who).toContain(result.code);

      const settings = await page.goto("/settings/organization");
      if (who === "anonymous") expect(page.url()).toContain("/sign-in");
      else expect(settings?.status(), `${who} opens Settings → Organisation`).toBe(allowed ? 200 : 404);
    }

    // This organisation's careers page shows its own admin's change, nothing of anyone else's.
    const visitor = callers.find((c) => c.who === "anonymous")!.page;
    await visitor.goto(`/careers/${org.organization.slug}`);
    await expect(visitor.getByRole("banner").getByRole("link", { name: "Renamed by admin" })).toBeVisible();
    await expect(visitor.getByText("Hacked")).toHaveCount(0);
    await expect(visitor.getByText("another organisation")).toHaveCount(0);
    await visitor.goto(`/careers/${other.organization.slug}`);
    await expect(visitor.getByRole("banner").getByRole("link", { name: "Renamed by another organisation's admin" })).toBeVisible();
  });

  test("only admins allow documents with macros or embedded objects, and only in their own organisation", async ({ browser, request }) => {
    test.setTimeout(150_000);
    const org = await createOrganization(request);
    const other = await createOrganization(request);
    const admin = await as(browser, org, "admin");
    const outsider = await as(browser, other, "admin");
    const refused = [
      { who: "recruiter", page: await as(browser, org, "recruiter") },
      { who: "hiring manager", page: await as(browser, org, "hiring_manager") },
      { who: "interviewer", page: await as(browser, org, "interviewer") },
      { who: "anonymous", page: await as(browser, null) },
    ];
    for (const { who, page } of refused) {
      const result = await callAs(page, DOCUMENTS, { allowActiveContent: true });
      expect(result.ok, `${who} allows macros`).toBe(false);
      expect(["REDIRECTED", "UNAUTHENTICATED", "FORBIDDEN"], who).toContain(result.code);
    }
    // Another organisation's admin changes their own organisation's rule, not this one's.
    expect((await callAs(outsider, DOCUMENTS, { allowActiveContent: true })).ok).toBe(true);

    const rule = (page: Page) => page.getByRole("form", { name: "Application documents" }).getByLabel("Accept documents with macros or embedded objects");
    await admin.goto("/settings/organization");
    await expect(rule(admin)).not.toBeChecked();
    await outsider.goto("/settings/organization");
    await expect(rule(outsider)).toBeChecked();

    // The admin's own change is saved, and the audit log names it.
    await rule(admin).check();
    await admin.getByRole("button", { name: "Save document rule" }).click();
    await expect(admin.getByRole("status").filter({ hasText: "Document rule saved." })).toBeVisible();
    await admin.reload();
    await expect(rule(admin)).toBeChecked();
    await admin.goto("/settings/audit-log");
    await expect(admin.getByRole("table").getByText("allowActiveContent").first()).toBeVisible();
  });

  test("only admins read and export the audit log, and only their own organisation's", async ({ browser, request }) => {
    test.setTimeout(150_000);
    const org = await createOrganization(request);
    const other = await createOrganization(request);
    // Something in this organisation's log: its admin signs in.
    const admin = await as(browser, org, "admin");
    const callers: { who: string; page: Page; allowed: boolean }[] = [
      { who: "admin", page: admin, allowed: true },
      { who: "recruiter", page: await as(browser, org, "recruiter"), allowed: false },
      { who: "hiring manager", page: await as(browser, org, "hiring_manager"), allowed: false },
      { who: "interviewer", page: await as(browser, org, "interviewer"), allowed: false },
      { who: "anonymous", page: await as(browser, null), allowed: false },
    ];
    for (const { who, page, allowed } of callers) {
      const log = await page.goto("/settings/audit-log");
      const exported = await page.request.get("/settings/audit-log/export", { maxRedirects: 0 });
      if (who === "anonymous") {
        expect(page.url()).toContain("/sign-in");
        expect(exported.status()).toBe(307);
        continue;
      }
      expect(log?.status(), `${who} opens the audit log`).toBe(allowed ? 200 : 404);
      expect(exported.status(), `${who} exports the audit log`).toBe(allowed ? 200 : 404);
      if (allowed) expect(await exported.text()).toContain(org.users.admin.email);
      else expect(await exported.text()).not.toContain(org.users.admin.email);
    }

    // Another organisation's admin reads and exports only their own log.
    const outsider = await as(browser, other, "admin");
    await outsider.goto("/settings/audit-log");
    await expect(outsider.getByRole("table").getByText(other.users.admin.email).first()).toBeVisible();
    await expect(outsider.getByText(org.users.admin.email)).toHaveCount(0);
    const theirs = await (await outsider.request.get("/settings/audit-log/export")).text();
    expect(theirs).toContain(other.users.admin.email);
    expect(theirs).not.toContain(org.users.admin.email);
    expect(theirs).not.toContain(org.users.recruiter.email);
  });
});
