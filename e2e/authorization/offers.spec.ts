import type { Page } from "@playwright/test";
import type { IsolatedOrganization, IsolatedOrganizationOptions } from "@/db/fixtures";
import { callServerAction, forgeSessionCookie } from "../actions";
import { createOrganization, expect, SignInPage, test } from "../fixtures";

// Every offer action called straight over HTTP, bypassing the page, and every offer page and download
// opened by those who may not: each is refused on the server and nothing changes.

const file = "app/(dashboard)/applications/[applicationId]/actions.ts";
const settingsFile = "app/(dashboard)/settings/offers/actions.ts";
const teamFile = "app/(dashboard)/jobs/[jobId]/team/actions.ts";
type Result = { ok: boolean; code?: string; data?: { offerId: string; version: number } };

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const terms = { salaryAmount: "65000", currency: "EUR", salaryPeriod: "year", startDate: day(40), expiresOn: day(10), bonus: "", equity: "" };
const atOffer: IsolatedOrganizationOptions = { applicants: 1, stage: "offer", team: ["hiring_manager", "interviewer"] };

async function signIn(page: Page, email: string, password: string) {
  await page.context().clearCookies();
  await new SignInPage(page).signInAs(email, password);
}

const call = (page: Page, org: IsolatedOrganization, action: string, input: object) =>
  callServerAction<Result>(page, { file, action, args: [input], from: `/applications/${org.applicants[0]!.applicationId}` }).then((r) => r.result?.code ?? (r.result?.ok ? "OK" : "THREW"));

/** An offer drafted and sent for approval by the organisation's recruiter, through the same actions. */
async function pendingOffer(page: Page, org: IsolatedOrganization) {
  await signIn(page, org.users.recruiter.email, org.password);
  const from = `/applications/${org.applicants[0]!.applicationId}`;
  const created = await callServerAction<Result>(page, { file, action: "createOfferAction", args: [{ applicationId: org.applicants[0]!.applicationId, ...terms }], from });
  const { offerId, version } = created.result!.data!;
  const submitted = await callServerAction<Result>(page, { file, action: "submitOfferAction", args: [{ offerId, version }], from });
  expect(submitted.result?.ok).toBe(true);
  return { offerId, version: submitted.result!.data!.version };
}

async function expectStillWaiting(page: Page, org: IsolatedOrganization) {
  await signIn(page, org.users.admin.email, org.password);
  await page.goto(`/applications/${org.applicants[0]!.applicationId}`);
  const section = page.getByRole("region", { name: "Offer", exact: true });
  await expect(section.getByText("Waiting for the hiring manager's approval")).toBeVisible();
  await expect(section.getByText("1. Hiring manager: waiting")).toBeVisible();
  await expect(page.getByText("Earlier offers")).toHaveCount(0);
}

const callers: { who: string; signIn: (org: IsolatedOrganization, other: IsolatedOrganization) => { email: string } | null; manage: string; decide: string }[] = [
  { who: "an anonymous visitor", signIn: () => null, manage: "UNAUTHENTICATED", decide: "UNAUTHENTICATED" },
  { who: "an admin of another organisation", signIn: (_, other) => other.users.admin, manage: "NOT_FOUND", decide: "NOT_FOUND" },
  { who: "an interviewer on the team", signIn: (org) => org.users.interviewer, manage: "FORBIDDEN", decide: "FORBIDDEN" },
  { who: "the job's hiring manager (who approves, never drafts)", signIn: (org) => org.users.hiring_manager, manage: "FORBIDDEN", decide: "VALIDATION" },
  { who: "a recruiter, at the hiring manager's step", signIn: (org) => org.users.recruiter, manage: "STALE_VERSION", decide: "FORBIDDEN" },
];

test.describe("offer actions called directly", () => {
  for (const caller of callers) {
    test(`${caller.who} cannot draft, edit, send or decide what is not theirs`, async ({ page, request }) => {
      const org = await createOrganization(request, atOffer);
      const other = await createOrganization(request);
      const { offerId, version } = await pendingOffer(page, org);
      await page.context().clearCookies();
      const user = caller.signIn(org, other);
      if (user) await new SignInPage(page).signInAs(user.email, org.password);
      else await forgeSessionCookie(page, test.info().project.use.baseURL!);

      // The recruiter may draft: that is checked by the flow spec; here, an edit of a sent offer is stale.
      if (caller.manage !== "STALE_VERSION") expect(await call(page, org, "createOfferAction", { applicationId: org.applicants[0]!.applicationId, ...terms })).toBe(caller.manage);
      expect(await call(page, org, "updateOfferAction", { offerId, version, ...terms })).toBe(caller.manage);
      expect(await call(page, org, "submitOfferAction", { offerId, version })).toBe(caller.manage);
      // Declining without a comment is refused by the schema before anything is looked at; with one, by the step.
      const decision = caller.decide === "VALIDATION" ? { decision: "reject", comment: "" } : { decision: "reject", comment: "No" };
      expect(await call(page, org, "decideOfferAction", { offerId, version, ...decision })).toBe(caller.decide);
      await expectStillWaiting(page, org);
    });
  }

  test("the admin cannot approve before the hiring manager", async ({ page, request }) => {
    const org = await createOrganization(request, atOffer);
    const { offerId, version } = await pendingOffer(page, org);
    await signIn(page, org.users.admin.email, org.password);
    expect(await call(page, org, "decideOfferAction", { offerId, version, decision: "approve", comment: "" })).toBe("FORBIDDEN");
    await expectStillWaiting(page, org);
  });

  test("only admins change the offer settings", async ({ page, request }) => {
    const org = await createOrganization(request);
    for (const role of ["recruiter", "hiring_manager", "interviewer"] as const) {
      await signIn(page, org.users[role].email, org.password);
      const result = await callServerAction<Result>(page, { file: settingsFile, action: "updateOfferSettingsAction", args: [{ step1: "", step2: "", step3: "", template: "Hi" }], from: "/settings/offers" });
      expect(result.result?.code).toBe("FORBIDDEN");
      const response = await page.goto("/settings/offers");
      expect(response?.status()).toBe(404);
    }
    await signIn(page, org.users.admin.email, org.password);
    await page.goto("/settings/offers");
    await expect(page.getByLabel("Approver 1")).toHaveValue("hiring_manager");
    await expect(page.getByLabel("Approver 2")).toHaveValue("admin");
  });
});

test.describe("offer pages and downloads", () => {
  test("interviewers see no offer, hiring managers off the team see no application, and letters stay with their candidate", async ({ page, browser, request }) => {
    const org = await createOrganization(request, atOffer);
    const { offerId } = await pendingOffer(page, org);
    for (const role of ["hiring_manager", "admin"] as const) {
      await signIn(page, org.users[role].email, org.password);
      await page.goto(`/applications/${org.applicants[0]!.applicationId}`);
      await page.getByRole("form", { name: "Your approval" }).getByRole("button", { name: "Record my decision" }).click();
      await expect(page.getByRole("form", { name: "Your approval" })).toHaveCount(0);
    }
    await page.goto(`/applications/${org.applicants[0]!.applicationId}`);
    const letterHref = await page.getByRole("link", { name: "Offer letter (PDF)" }).getAttribute("href");

    await signIn(page, org.users.interviewer.email, org.password);
    await page.goto(`/applications/${org.applicants[0]!.applicationId}`);
    await expect(page.getByRole("heading", { name: "History" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Offer", exact: true })).toHaveCount(0);
    expect((await page.request.get(letterHref!)).status()).toBe(404);

    const offTeam = await createOrganization(request, { applicants: 1, stage: "offer" });
    await signIn(page, offTeam.users.hiring_manager.email, offTeam.password);
    expect((await page.goto(`/applications/${offTeam.applicants[0]!.applicationId}`))?.status()).toBe(404);

    // Another visitor's browser: a guessed status link, or another candidate's letter address, is a 404.
    const stranger = await browser.newContext();
    expect((await stranger.request.get(`/status/not-a-real-token/offer-letter/${offerId}`)).status()).toBe(404);
    await stranger.close();
  });

  test("an interviewer who is the job's hiring manager finds its offers waiting for them on Jobs, and nothing else; other interviewers nothing", async ({ page, request, expectAccessible }) => {
    // The interviewer owes feedback (an interview ended yesterday), which only the Hiring page lists.
    const org = await createOrganization(request, { applicants: 1, stage: "offer", team: ["interviewer"], pastInterview: true });
    const applicant = org.applicants[0]!;
    await signIn(page, org.users.recruiter.email, org.password);
    const changed = await callServerAction<Result>(page, {
      file: teamFile,
      action: "changeTeamRoleAction",
      args: [{ jobId: org.job.id, userId: org.users.interviewer.id, role: "hiring_manager" }],
      from: `/jobs/${org.job.id}/team`,
    });
    expect(changed.result?.ok).toBe(true);
    await pendingOffer(page, org);
    // Another organisation's offer waits for its hiring manager: never theirs.
    const other = await createOrganization(request, atOffer);
    await pendingOffer(page, other);

    // Where they land after signing in.
    await signIn(page, org.users.interviewer.email, org.password);
    await expect(page.getByRole("heading", { name: "Jobs", level: 1 })).toBeVisible();
    const waiting = page.getByRole("region", { name: "Offers waiting for your approval" });
    await expect(waiting.getByRole("link")).toHaveText([applicant.name]);
    await expect(waiting.getByRole("link", { name: applicant.name })).toHaveAttribute("href", `/applications/${applicant.applicationId}#offer-heading`);
    await expect(waiting.getByRole("listitem")).toContainText(org.job.title);
    await expect(waiting.getByRole("listitem")).toContainText("Step 1 of 2 · waiting since");
    await expect(page.getByRole("heading", { name: "Missing feedback" })).toHaveCount(0);
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Hiring" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Reports" })).toHaveCount(0);
    await expectAccessible();
    for (const path of ["/hiring", "/reports"]) expect((await page.goto(path))?.status(), path).toBe(404);

    // The link opens the offer, where they approve at their step; it then waits for the admin, not for them.
    await page.goto("/jobs");
    await waiting.getByRole("link", { name: applicant.name }).click();
    const approval = page.getByRole("form", { name: "Your approval" });
    await approval.getByRole("radio", { name: "Approve" }).check();
    await approval.getByRole("button", { name: "Record my decision" }).click();
    await expect(page.getByRole("region", { name: "Offer", exact: true }).getByText("Waiting for the admin's approval")).toBeVisible();
    await page.goto("/jobs");
    await expect(waiting.getByRole("heading", { name: "No offers waiting" })).toBeVisible();

    // An interviewer on the team as an interviewer, with an offer waiting on their job: nothing new.
    await signIn(page, other.users.interviewer.email, other.password);
    await expect(page.getByRole("heading", { name: "Jobs", level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: other.job.title })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Offers waiting for your approval" })).toHaveCount(0);
  });
});
