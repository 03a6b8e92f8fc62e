import type { Page } from "@playwright/test";
import type { IsolatedOrganization } from "@/db/fixtures";
import { candidateAlias } from "@/lib/review/identity";
import { createOrganization, expect, SignInPage, test } from "./fixtures";

// On a job with anonymised review, hiring managers and interviewers see "Candidate XXXX" and never
// the candidate's name, email or phone, anywhere, until a recruiter reveals who they are.
// To cover another page, add it to this list.

type Role = "hiring_manager" | "interviewer";
const pagesShowingTheCandidate: {
  path: (org: IsolatedOrganization) => string;
  /** Who on the team may open the page. */
  roles: Role[];
  /** Whether the page names the candidate at all (by alias while hidden), or only counts them. */
  namesCandidate: boolean;
}[] = [
  { path: () => "/hiring", roles: ["hiring_manager"], namesCandidate: true },
  { path: (org) => `/applications/${org.applicants[0]!.applicationId}`, roles: ["hiring_manager", "interviewer"], namesCandidate: true },
  { path: (org) => `/jobs/${org.job.id}`, roles: ["hiring_manager", "interviewer"], namesCandidate: false },
  { path: () => "/jobs", roles: ["hiring_manager", "interviewer"], namesCandidate: false },
  { path: () => "/feedback", roles: ["interviewer"], namesCandidate: true },
  { path: (org) => `/candidates?job=${org.job.id}`, roles: ["hiring_manager", "interviewer"], namesCandidate: false },
  { path: () => "/notifications", roles: ["hiring_manager", "interviewer"], namesCandidate: false },
];

async function expectNoIdentity(page: Page, org: IsolatedOrganization) {
  const applicant = org.applicants[0]!;
  // The HTML holds the rendered page and the serialized props of its client components.
  const html = await page.content();
  const title = await page.title();
  for (const secret of [applicant.name, applicant.email, "7946 0001"]) {
    expect(html, `${page.url()} leaks ${secret}`).not.toContain(secret);
    expect(title).not.toContain(secret);
  }
}

test.describe("anonymised review", () => {
  for (const role of ["hiring_manager", "interviewer"] as const) {
    test(`the ${role.replace("_", " ")} sees only the alias until a recruiter reveals the identity`, async ({ page, browser, request }) => {
      const org = await createOrganization(request, { applicants: 1, anonymizedReview: true, team: ["hiring_manager", "interviewer"], pastInterview: true });
      const applicant = org.applicants[0]!;
      const alias = candidateAlias(applicant.applicationId);
      await new SignInPage(page).signInAs(org.users[role].email, org.password);

      for (const visited of pagesShowingTheCandidate.filter((p) => p.roles.includes(role))) {
        const response = await page.goto(visited.path(org));
        expect(response?.status(), visited.path(org)).toBe(200);
        if (visited.namesCandidate) await expect(page.getByText(alias).first()).toBeVisible();
        await expectNoIdentity(page, org);
      }
      // Searching for the name finds no one (the search box itself repeats what was typed).
      await page.goto(`/candidates?q=${encodeURIComponent(applicant.name)}`);
      await expect(page.getByRole("status").filter({ hasText: "candidates found" })).toHaveText(/^0 candidates found/);

      const reviewPath = `/applications/${applicant.applicationId}`;
      await page.goto(reviewPath);
      await expect(page).toHaveTitle(new RegExp(alias));

      // The recruiter, in a browser of their own, reveals who the candidate is.
      const recruiterContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
      const recruiter = await recruiterContext.newPage();
      await new SignInPage(recruiter).signInAs(org.users.recruiter.email, org.password, reviewPath);
      await expect(recruiter.getByRole("heading", { name: applicant.name, level: 1 })).toBeVisible();
      await recruiter.getByRole("button", { name: "Reveal identity…" }).click();
      await recruiter.getByRole("button", { name: "Yes, reveal identity" }).click();
      await expect(recruiter.getByTestId("identity-status")).toHaveText(new RegExp(`^Revealed by ${org.users.recruiter.name} on `));
      await recruiterContext.close();

      await page.reload();
      await expect(page.getByRole("heading", { name: applicant.name, level: 1 })).toBeVisible();
      await expect(page).toHaveTitle(new RegExp(applicant.name));
      await expect(page.getByTestId("identity-status")).toHaveText(new RegExp(`^Revealed by ${org.users.recruiter.name} on \\d+ \\w+ \\d{4}, \\d\\d:\\d\\d UTC$`));
      await expect(page.getByText(alias)).toHaveCount(0);
    });
  }
});
