import { createOrganization, expect, signedInPage, test } from "./fixtures";
import { invitationLinks } from "./mailbox";

test.describe("Settings → Members", () => {
  test.describe.configure({ timeout: 90_000 });

  test("an admin invites, resends and revokes; a member's address and a second invitation are refused", async ({ page, signInPage, org, expectAccessible }) => {
    await signInPage.signInAs(org.users.admin.email, org.password, "/settings");
    await page.getByRole("link", { name: "Manage members" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();
    await expectAccessible();

    const invite = page.getByRole("form", { name: "Invite someone" });
    await invite.getByLabel("Email").fill(org.users.interviewer.email.toUpperCase());
    await invite.getByRole("button", { name: "Send invitation" }).click();
    await expect(invite.getByText("This person is already a member of your organisation.")).toBeVisible();
    await expect(invite.getByLabel("Email")).toBeFocused();

    const address = `Guest-${org.organization.slug}@Example.test`;
    await invite.getByLabel("Email").fill(address);
    await invite.getByLabel("Role", { exact: true }).selectOption("hiring_manager");
    await invite.getByRole("button", { name: "Send invitation" }).click();
    await expect(invite.getByRole("status")).toHaveText(`Invitation sent to ${address}.`);
    const row = page.getByRole("row", { name: new RegExp(address) });
    await expect(row).toContainText("Hiring manager");
    await expect(row).toContainText(org.users.admin.name);
    await invite.getByLabel("Email").fill(address.toLowerCase());
    await invite.getByRole("button", { name: "Send invitation" }).click();
    await expect(invite.getByText(/already has an invitation/)).toBeVisible();
    await expectAccessible();

    // A resend mails a new link; the first one stops working. The row's actions are in its menu.
    const [first] = await invitationLinks(address, 1);
    const actions = row.getByRole("button", { name: `Actions for the invitation to ${address}` });
    await actions.click();
    await page.getByRole("menuitem", { name: "Resend invitation" }).click();
    await expect(page.getByText(`Invitation sent again to ${address}.`)).toBeVisible();
    await expect(actions).toBeFocused();
    const [, second] = await invitationLinks(address, 2);
    await page.goto(first!);
    await expect(page.getByRole("heading", { name: "This invitation link doesn't work" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Go to sign-in" })).toBeVisible();
    await expectAccessible();

    // Revoking asks first, in a dialog; Cancel changes nothing, and focus goes back to the menu button.
    await page.goto("/settings/members");
    await actions.click();
    await page.getByRole("menuitem", { name: "Revoke invitation…" }).click();
    const dialog = page.getByRole("dialog", { name: `Revoke the invitation to ${address}?` });
    await expect(dialog).toBeVisible();
    await expectAccessible();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await expect(actions).toBeFocused();
    await actions.press("Enter");
    await page.getByRole("menuitem", { name: "Revoke invitation…" }).click();
    await dialog.getByRole("button", { name: "Revoke invitation" }).click();
    await expect(page.getByText("No pending invitations.")).toBeVisible();
    await expect(page.getByText(`Invitation to ${address} revoked.`)).toBeVisible();
    // The row is gone, and focus with it: it moves to the section's heading, not to the page's body.
    await expect(page.getByRole("heading", { name: "Pending invitations" })).toBeFocused();
    await page.goto(second!);
    await expect(page.getByRole("heading", { name: "This invitation was withdrawn" })).toBeVisible();
    await expectAccessible();
  });

  test("the last admin cannot step down, and is told why", async ({ page, signInPage, org }) => {
    await signInPage.signInAs(org.users.admin.email, org.password, "/settings/members");
    const self = page.getByRole("listitem", { name: org.users.admin.name });
    await expect(self.getByRole("button", { name: /Deactivate/ })).toHaveCount(0);
    await self.getByLabel(`Role of ${org.users.admin.name}`, { exact: true }).selectOption("recruiter");
    await self.getByRole("button", { name: "Change role" }).click();
    await expect(self.getByRole("alert")).toHaveText(`${org.users.admin.name} is the only active admin. Make someone else an admin first.`);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();
  });

  test("a member of another organisation joins with their password and switches between the two", async ({ browser, request, page, expectAccessible }) => {
    const home = await createOrganization(request);
    const second = await createOrganization(request);
    const person = home.users.recruiter;
    const admin = await signedInPage(browser, second.users.admin.email, second.password, "/settings/members");
    const invite = admin.getByRole("form", { name: "Invite someone" });
    await invite.getByLabel("Email").fill(person.email);
    await invite.getByLabel("Role", { exact: true }).selectOption("interviewer");
    await invite.getByRole("button", { name: "Send invitation" }).click();
    const [link] = await invitationLinks(person.email, 1);

    await page.goto(link!);
    await expect(page.getByText("This address already has a Candor account: enter its password to join.")).toBeVisible();
    await expectAccessible();
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: `Join ${second.organization.name}` }).click();
    await expect(page.getByText("Incorrect password.")).toBeVisible();
    await page.getByLabel("Password").fill(home.password);
    await page.getByRole("button", { name: `Join ${second.organization.name}` }).click();
    await expect(page.getByTestId("organization-name")).toHaveText(second.organization.name);
    await expect(page.getByTestId("member-role")).toHaveText("Interviewer");

    // The switcher lists both; every page then works in the one chosen.
    await expectAccessible();
    await page.getByLabel("Organisation", { exact: true }).selectOption(home.organization.slug);
    await page.getByRole("button", { name: "Switch" }).click();
    await expect(page.getByTestId("organization-name")).toHaveText(home.organization.name);
    await expect(page.getByRole("link", { name: home.job.title })).toBeVisible();
    await page.goto(`/jobs/${second.job.id}`);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await page.getByLabel("Organisation", { exact: true }).selectOption(second.organization.slug);
    await page.getByRole("button", { name: "Switch" }).click();
    await expect(page.getByTestId("organization-name")).toHaveText(second.organization.name);
    await expect(page.getByRole("link", { name: "New job" })).toHaveCount(0);

    // The second organisation's admin changes their role there, then deactivates them: this browser stays
    // signed in throughout, with the new role there, then in their own organisation alone.
    await admin.reload();
    const row = admin.getByRole("listitem", { name: person.name });
    await row.getByLabel(`Role of ${person.name}`, { exact: true }).selectOption("hiring_manager");
    await row.getByRole("button", { name: "Change role" }).click();
    await expect(row.getByRole("status")).toHaveText("Role changed. It applies from their next page or action.");
    await page.reload();
    await expect(page.getByTestId("organization-name")).toHaveText(second.organization.name);
    await expect(page.getByTestId("member-role")).toHaveText("Hiring manager");
    await row.getByRole("button", { name: `Actions for ${person.name}` }).click();
    await admin.getByRole("menuitem", { name: "Deactivate…" }).click();
    await admin.getByRole("dialog", { name: `Deactivate ${person.name}?` }).getByRole("button", { name: "Deactivate" }).click();
    await expect(row).toContainText("Deactivated");
    await page.goto("/jobs");
    await expect(page.getByTestId("organization-name")).toHaveText(home.organization.name);
    await expect(page.getByRole("link", { name: home.job.title })).toBeVisible();
    await expect(page.getByLabel("Organisation", { exact: true })).toHaveCount(0);
  });

  test("someone already signed in joins with one click", async ({ browser, request }) => {
    const home = await createOrganization(request);
    const second = await createOrganization(request);
    const person = home.users.hiring_manager;
    const admin = await signedInPage(browser, second.users.admin.email, second.password, "/settings/members");
    const invite = admin.getByRole("form", { name: "Invite someone" });
    await invite.getByLabel("Email").fill(person.email.toUpperCase());
    await invite.getByRole("button", { name: "Send invitation" }).click();
    const [link] = await invitationLinks(person.email, 1);

    const member = await signedInPage(browser, person.email, home.password);
    await member.goto(link!);
    await member.getByRole("button", { name: `Join ${second.organization.name}` }).click();
    await expect(member.getByTestId("organization-name")).toHaveText(second.organization.name);
    await member.goto(link!);
    await expect(member.getByRole("heading", { name: "This invitation was already accepted" })).toBeVisible();
  });
});
