import type { Page } from "@playwright/test";
import type { IsolatedOrganization, IsolatedOrganizationOptions } from "@/db/fixtures";
import { callServerAction, forgeSessionCookie } from "../actions";
import { createOrganization, expect, SignInPage, test } from "../fixtures";

// The reveal action called straight over HTTP, bypassing the page: every caller below is refused on
// the server and nothing changes. (Offers are approved through the offers' actions: authorization/offers.spec.ts.)

const file = "server/review/actions.ts";
type Result = { ok: boolean; code?: string };

async function callReveal(page: Page, applicationId: string) {
  const reveal = await callServerAction<Result>(page, { file, action: "revealIdentityAction", args: [{ applicationId }], from: `/applications/${applicationId}` });
  return { code: reveal.result?.code, ok: reveal.result?.ok };
}

/** An admin of the organisation still sees the identity unrevealed (only reached by Offer). */
async function expectNothingChanged(page: Page, org: IsolatedOrganization) {
  await page.context().clearCookies();
  await new SignInPage(page).signInAs(org.users.admin.email, org.password, `/applications/${org.applicants[0]!.applicationId}`);
  await expect(page.getByTestId("identity-status")).toHaveText("Revealed at Offer");
}

// An anonymised job with its applicant at Offer: a reveal would still be recorded.
const atOffer = (team: IsolatedOrganizationOptions["team"]): IsolatedOrganizationOptions => ({ applicants: 1, anonymizedReview: true, stage: "offer", team });

const callers: {
  who: string;
  team: IsolatedOrganizationOptions["team"];
  signIn: (org: IsolatedOrganization, other: IsolatedOrganization) => { email: string } | null;
  reveal: string;
}[] = [
  { who: "an anonymous visitor", team: ["hiring_manager"], signIn: () => null, reveal: "UNAUTHENTICATED" },
  { who: "an admin of another organisation", team: ["hiring_manager"], signIn: (_, other) => other.users.admin, reveal: "NOT_FOUND" },
  { who: "an interviewer on the team", team: ["interviewer"], signIn: (org) => org.users.interviewer, reveal: "FORBIDDEN" },
  { who: "an interviewer off the team", team: ["hiring_manager"], signIn: (org) => org.users.interviewer, reveal: "FORBIDDEN" },
  { who: "a hiring manager off the team", team: ["interviewer"], signIn: (org) => org.users.hiring_manager, reveal: "FORBIDDEN" },
];

test.describe("review actions called directly", () => {
  for (const caller of callers) {
    test(`${caller.who} cannot reveal an identity`, async ({ page, request }) => {
      const org = await createOrganization(request, atOffer(caller.team));
      const other = await createOrganization(request);
      const user = caller.signIn(org, other);
      if (user) await new SignInPage(page).signInAs(user.email, org.password);
      else await forgeSessionCookie(page, test.info().project.use.baseURL!);

      expect(await callReveal(page, org.applicants[0]!.applicationId)).toEqual({ code: caller.reveal, ok: false });
      await expectNothingChanged(page, org);
    });
  }

  test("members who may not act see no action, and other organisations get a 404", async ({ page, request }) => {
    const org = await createOrganization(request, { applicants: 1, anonymizedReview: true, team: ["hiring_manager", "interviewer"] });
    const path = `/applications/${org.applicants[0]!.applicationId}`;
    for (const role of ["hiring_manager", "interviewer"] as const) {
      await page.context().clearCookies();
      await new SignInPage(page).signInAs(org.users[role].email, org.password, path);
      await expect(page.getByTestId("identity-status")).toHaveText("Identity hidden from the hiring team");
      await expect(page.getByRole("button", { name: /Reveal identity/ })).toHaveCount(0);
    }
    const other = await createOrganization(request);
    await page.context().clearCookies();
    await new SignInPage(page).signInAs(other.users.admin.email, other.password);
    expect((await page.goto(path))?.status()).toBe(404);
  });
});
