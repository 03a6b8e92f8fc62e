import type { Browser } from "@playwright/test";
import type { IsolatedOrganization } from "@/db/fixtures";
import { callServerAction, forgeSessionCookie } from "../actions";
import { createOrganization, expect, signedInPage, test } from "../fixtures";

const MEMBER_ACTIONS = "app/(dashboard)/settings/members/actions.ts";
const DASHBOARD_ACTIONS = "app/(dashboard)/actions.ts";

/** An organisation with one pending invitation, and its admin's page. */
async function setUp(browser: Browser, request: Parameters<typeof createOrganization>[0]) {
  const org = await createOrganization(request);
  const admin = await signedInPage(browser, org.users.admin.email, org.password);
  const invited = await callServerAction<{ ok: boolean; data: { invitationId: string } }>(admin, {
    file: MEMBER_ACTIONS,
    action: "inviteMemberAction",
    args: [{ email: `pending-${org.organization.slug}@example.test`, role: "recruiter" }],
    from: "/settings/members",
  });
  expect(invited.result).toMatchObject({ ok: true });
  return { org, admin, invitationId: invited.result!.data.invitationId };
}

function attempts(org: IsolatedOrganization, invitationId: string) {
  const { admin, interviewer } = org.users;
  return [
    { action: "inviteMemberAction", args: [{ email: `intruder-${org.organization.slug}@example.test`, role: "admin" }] },
    { action: "resendInvitationAction", args: [{ invitationId }] },
    { action: "revokeInvitationAction", args: [{ invitationId }] },
    { action: "changeMemberRoleAction", args: [{ userId: interviewer.id, role: "admin" }] },
    { action: "changeMemberRoleAction", args: [{ userId: admin.id, role: "interviewer" }] },
    { action: "deactivateMemberAction", args: [{ userId: admin.id }] },
    { action: "reactivateMemberAction", args: [{ userId: interviewer.id }] },
  ].map((attempt) => ({ ...attempt, file: MEMBER_ACTIONS, from: "/settings/members" }));
}

/** What the organisation's admin still sees: the invitation pending, every member active with their role. */
async function expectNothingChanged({ org, admin }: Awaited<ReturnType<typeof setUp>>) {
  await admin.goto("/settings/members");
  await expect(admin.getByRole("row", { name: new RegExp(`pending-${org.organization.slug}@example.test`) })).toBeVisible();
  await expect(admin.getByRole("row", { name: /intruder-/ })).toHaveCount(0);
  for (const role of ["admin", "recruiter", "hiring_manager", "interviewer"] as const) {
    const person = admin.getByRole("listitem", { name: org.users[role].name });
    await expect(person.getByLabel(`Role of ${org.users[role].name}`, { exact: true })).toHaveValue(role);
    await expect(person).not.toContainText("Deactivated");
  }
}

test.describe("Settings → Members across roles and organisations", () => {
  test.describe.configure({ timeout: 90_000 });

  test("recruiters, hiring managers and interviewers get a 404 and every action is refused", async ({ browser, request }) => {
    const setup = await setUp(browser, request);
    for (const role of ["recruiter", "hiring_manager", "interviewer"] as const) {
      const member = await signedInPage(browser, setup.org.users[role].email, setup.org.password, "/settings");
      await expect(member.getByRole("link", { name: "Manage members" })).toHaveCount(0);
      const response = await member.goto("/settings/members");
      expect(response?.status(), role).toBe(404);
      await expect(member.getByRole("heading", { name: "Page not found" })).toBeVisible();
      for (const attempt of attempts(setup.org, setup.invitationId)) {
        const { result } = await callServerAction(member, attempt);
        expect(result, `${role} ${attempt.action}`).toMatchObject({ ok: false, code: "FORBIDDEN" });
      }
    }
    await expectNothingChanged(setup);
  });

  test("another organisation's admin cannot touch this organisation's members or invitations", async ({ browser, request }) => {
    const setup = await setUp(browser, request);
    const other = await createOrganization(request);
    const outsider = await signedInPage(browser, other.users.admin.email, other.password);
    // The invitation is the outsider's own, in their organisation: it cannot reach the other one.
    for (const attempt of attempts(setup.org, setup.invitationId).slice(1)) {
      const { result } = await callServerAction(outsider, attempt);
      expect(result, attempt.action).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    const switched = await callServerAction(outsider, { file: DASHBOARD_ACTIONS, action: "switchOrganizationAction", args: [{ organization: setup.org.organization.slug }], from: "/jobs" });
    expect(switched.result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // Nor does the organisation cookie open it: the membership decides.
    await outsider.context().addCookies([{ name: "candor-org", value: setup.org.organization.slug, url: test.info().project.use.baseURL! }]);
    await outsider.goto("/jobs");
    await expect(outsider.getByTestId("organization-name")).toHaveText(other.organization.name);
    await expectNothingChanged(setup);
  });

  test("anonymous callers are sent to sign in and refused every action", async ({ browser, request, page }) => {
    const setup = await setUp(browser, request);
    await page.goto("/settings/members");
    await expect(page).toHaveURL(/\/sign-in/);
    await forgeSessionCookie(page, test.info().project.use.baseURL!);
    const all = [
      ...attempts(setup.org, setup.invitationId),
      { file: DASHBOARD_ACTIONS, action: "switchOrganizationAction", args: [{ organization: setup.org.organization.slug }], from: "/jobs" },
    ];
    for (const attempt of all) {
      const { result } = await callServerAction(page, attempt);
      expect(result, attempt.action).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    }
    await expectNothingChanged(setup);
  });
});
