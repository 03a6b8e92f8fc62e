import { randomUUID } from "node:crypto";
import { callServerAction } from "../actions";
import { applyAs, candidateIdsIn, requiredAnswers, searchResults as results } from "../candidates";
import { createOrganization, DEMO_PASSWORD, demoUsers, expect, test } from "../fixtures";

const MERGE_FILE = "app/(dashboard)/candidates/[candidateId]/merge/actions.ts";

test.describe("candidate search and merge access", () => {
  test("the merge action refuses anonymous visitors, other organisations, hiring managers and interviewers, and changes nothing", async ({
    page,
    request,
    signInPage,
  }) => {
    // Two records of one person on two demo jobs: a merge the organisation's recruiter could make.
    const tag = randomUUID().slice(0, 8);
    const name = `Ada Byron ${tag}`;
    await applyAs(request, { orgSlug: "demo", jobSlug: "customer-success-manager", name, email: `ada-${tag}@example.com`, resume: "Engines", answers: await requiredAnswers(request, "customer-success-manager") });
    await applyAs(request, { orgSlug: "demo", jobSlug: "product-designer", name, email: `ada.b-${tag}@example.org`, resume: "Engines", answers: await requiredAnswers(request, "product-designer") });
    await signInPage.signInAs(demoUsers.recruiter, DEMO_PASSWORD, `/candidates?q=${encodeURIComponent(name)}`);
    await expect(results(page)).toHaveCount(2);
    const [survivorId, mergedId] = await candidateIdsIn(page);
    // Posted to the merge page, whose bundle holds the action, exactly as its form would.
    const merge = { file: MERGE_FILE, action: "mergeCandidatesAction", from: `/candidates/${survivorId}/merge?with=${mergedId}` };
    const args = [{ survivorId, mergedId, keepDetailsOf: "survivor", confirm: "yes" }];
    await page.context().clearCookies();

    // A made-up session cookie gets past the sign-in redirect, so the request reaches the action itself.
    await page.context().addCookies([{ name: "authjs.session-token", value: "forged", url: page.url() }]);
    const anonymous = await callServerAction(page, { ...merge, args });
    expect(anonymous.result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });

    for (const role of ["hiring_manager", "interviewer"] as const) {
      await signInPage.signInAs(demoUsers[role], DEMO_PASSWORD);
      const refused = await callServerAction(page, { ...merge, args });
      expect(refused.result, role).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect((await page.goto(`/candidates/${survivorId}/merge?with=${mergedId}`))?.status(), role).toBe(404);
      await page.context().clearCookies();
    }

    const other = await createOrganization(request);
    await signInPage.signInAs(other.users.admin.email, other.password);
    const foreign = await callServerAction(page, { ...merge, args });
    expect(foreign.result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await page.goto(`/candidates/${survivorId}/merge?with=${mergedId}`))?.status()).toBe(404);
    await page.context().clearCookies();

    // Nothing changed: both records are still there for the organisation's recruiter.
    await signInPage.signInAs(demoUsers.recruiter, DEMO_PASSWORD, `/candidates?q=${encodeURIComponent(name)}`);
    await expect(results(page)).toHaveCount(2);
    expect(await candidateIdsIn(page)).toEqual([survivorId, mergedId]);
  });

  test("an interviewer off a job's team finds none of its candidates; one on the team does", async ({ page, request, signInPage }) => {
    const offTeam = await createOrganization(request, { applicants: 3 });
    await signInPage.signInAs(offTeam.users.interviewer.email, offTeam.password, `/candidates?q=${encodeURIComponent(offTeam.applicants[0]!.name)}`);
    await expect(page.getByRole("heading", { name: "No candidates match your search" })).toBeVisible();
    await page.goto(`/candidates?q=Postgres&job=${offTeam.job.id}`);
    await expect(page.getByRole("heading", { name: "No candidates match your search" })).toBeVisible();
    await page.goto("/candidates");
    await expect(page.getByRole("heading", { name: "No candidates yet" })).toBeVisible();
    await page.context().clearCookies();

    const onTeam = await createOrganization(request, { applicants: 3, team: ["interviewer"] });
    await signInPage.signInAs(onTeam.users.interviewer.email, onTeam.password, `/candidates?q=${encodeURIComponent(onTeam.applicants[0]!.name)}`);
    await expect(results(page).first().getByRole("link", { name: onTeam.applicants[0]!.name })).toBeVisible();
  });

  test("anonymised candidates can't be found by name by a hiring manager", async ({ page, request, signInPage }) => {
    const org = await createOrganization(request, { applicants: 2, anonymizedReview: true, team: ["hiring_manager"] });
    await signInPage.signInAs(org.users.hiring_manager.email, org.password, `/candidates?q=${encodeURIComponent(org.applicants[0]!.name)}`);
    await expect(page.getByRole("heading", { name: "No candidates match your search" })).toBeVisible();
    await expect(page.getByText(org.applicants[0]!.email)).toHaveCount(0);
  });
});
