import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import type { IsolatedOrganization } from "@/db/fixtures";
import { callServerAction, forgeSessionCookie } from "../actions";
import { createOrganization, expect, SignInPage, test } from "../fixtures";
import { INBOUND_SECRET } from "../inbound-relay";

const COMPOSE = "app/(dashboard)/email/new/actions.ts";
const TEMPLATES = "app/(dashboard)/settings/email-templates/actions.ts";
const TIMELINE = "server/mail/actions.ts";

const template = { name: "Hijacked", subject: "Hijacked", body: "Hijacked", decision: false };

/** A template and a scheduled email of the organisation's, made by its own recruiter through the actions. */
async function seedMail(page: Page, org: IsolatedOrganization) {
  await new SignInPage(page).signInAs(org.users.recruiter.email, org.password);
  const created = await callServerAction<{ ok: boolean; data: { id: string } }>(page, {
    file: TEMPLATES,
    action: "createEmailTemplateAction",
    args: [{ name: "Own", subject: "Hello", body: "Hello", decision: false }],
    from: "/settings/email-templates/new",
  });
  expect(created.result?.ok).toBe(true);
  const sendAt = `${new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10)}T09:00`;
  const application = org.applicants[0]!;
  const sent = await callServerAction(page, {
    file: COMPOSE,
    action: "sendCandidateEmailAction",
    args: [{ applicationIds: [application.applicationId], subject: "Scheduled", body: "Later", decision: false, when: "later", sendAt, requestId: randomUUID() }],
    from: `/email/new?a=${application.applicationId}`,
  });
  expect(sent.result?.ok).toBe(true);
  await page.goto(`/candidates/${application.candidateId}`);
  const cancel = page.getByRole("button", { name: "Cancel the email “Scheduled”" });
  await expect(cancel).toBeVisible();
  await page.context().clearCookies();
  return { templateId: created.result!.data.id };
}

/** Every mail write, with arguments that would succeed for the organisation's recruiter. */
function writes(org: IsolatedOrganization, templateId: string, emailId = randomUUID()) {
  const application = org.applicants[0]!;
  return [
    {
      file: COMPOSE,
      action: "sendCandidateEmailAction",
      args: [{ applicationIds: [application.applicationId], subject: "Hijacked", body: "Hijacked", decision: false, requestId: randomUUID() }],
      from: `/email/new?a=${application.applicationId}`,
    },
    { file: TEMPLATES, action: "createEmailTemplateAction", args: [template], from: "/settings/email-templates/new" },
    { file: TEMPLATES, action: "updateEmailTemplateAction", args: [{ ...template, id: templateId, version: 1 }], from: `/settings/email-templates/${templateId}` },
    { file: TEMPLATES, action: "deleteEmailTemplateAction", args: [{ id: templateId }], from: `/settings/email-templates/${templateId}` },
    { file: TIMELINE, action: "cancelScheduledEmailAction", args: [{ emailId, candidateId: application.candidateId }], from: `/candidates/${application.candidateId}` },
  ];
}

async function expectRefused(page: Page, org: IsolatedOrganization, templateId: string, codes: string[]) {
  for (const call of writes(org, templateId)) {
    const { result } = await callServerAction(page, call);
    expect(result?.ok, `${call.action} must be refused`).toBe(false);
    expect(codes, `${call.action} answered ${result?.code}`).toContain(result?.code);
  }
}

/** Seen by the organisation's recruiter: the template unchanged, the scheduled email still waiting, nothing else sent. */
async function expectNothingChanged(page: Page, org: IsolatedOrganization) {
  await new SignInPage(page).signInAs(org.users.recruiter.email, org.password, "/settings/email-templates");
  const list = page.getByRole("list", { name: "Templates" });
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list.getByRole("link", { name: "Own" })).toBeVisible();
  await page.goto(`/candidates/${org.applicants[0]!.candidateId}`);
  const activity = page.getByRole("region", { name: "Activity" });
  await expect(activity.getByRole("button", { name: "Cancel the email “Scheduled”" })).toBeVisible();
  await expect(activity).not.toContainText("Hijacked");
}

test.describe("email to candidates refuses everyone but admins and recruiters", () => {
  test("anonymous callers", async ({ page, request, baseURL }) => {
    const org = await createOrganization(request, { applicants: 1 });
    const { templateId } = await seedMail(page, org);
    await forgeSessionCookie(page, baseURL!);
    await expectRefused(page, org, templateId, ["UNAUTHENTICATED"]);
    await page.context().clearCookies();
    await expectNothingChanged(page, org);
  });

  for (const role of ["hiring_manager", "interviewer"] as const) {
    test(`a ${role.replace("_", " ")} on the team can't compose or manage templates`, async ({ page, request }) => {
      const org = await createOrganization(request, { applicants: 1, team: [role] });
      const { templateId } = await seedMail(page, org);
      await new SignInPage(page).signInAs(org.users[role].email, org.password);
      const application = org.applicants[0]!;
      expect((await page.goto(`/email/new?a=${application.applicationId}`))?.status()).toBe(404);
      expect((await page.goto("/settings/email-templates"))?.status()).toBe(404);
      expect((await page.goto(`/settings/email-templates/${templateId}`))?.status()).toBe(404);
      await page.goto(`/candidates/${application.candidateId}`);
      await expect(page.getByRole("heading", { level: 1, name: application.name })).toBeVisible();
      await expect(page.getByRole("link", { name: "Email about this application" })).toHaveCount(0);
      await expect(page.getByRole("button", { name: /^Cancel the email/ })).toHaveCount(0);
      await page.goto(`/applications/${application.applicationId}`);
      await expect(page.getByRole("link", { name: "Email candidate" })).toHaveCount(0);
      await expectRefused(page, org, templateId, ["FORBIDDEN"]);
      await page.context().clearCookies();
      await expectNothingChanged(page, org);
    });
  }

  test("another organisation's admin gets 404s and changes nothing", async ({ page, request }) => {
    const org = await createOrganization(request, { applicants: 1 });
    const other = await createOrganization(request);
    const { templateId } = await seedMail(page, org);
    await new SignInPage(page).signInAs(other.users.admin.email, other.password);
    expect((await page.goto(`/email/new?a=${org.applicants[0]!.applicationId}`))?.status()).toBe(404);
    expect((await page.goto(`/settings/email-templates/${templateId}`))?.status()).toBe(404);
    // Their own template list is empty; a template they create stays theirs.
    await page.goto("/settings/email-templates");
    await expect(page.getByText("No templates yet")).toBeVisible();
    for (const call of writes(org, templateId).filter((w) => w.action !== "createEmailTemplateAction")) {
      const { result } = await callServerAction(page, call);
      expect(result?.ok, `${call.action} must be refused`).toBe(false);
      expect(["NOT_FOUND", "STALE_VERSION", "CONFLICT"], `${call.action} answered ${result?.code}`).toContain(result?.code);
    }
    await page.context().clearCookies();
    await expectNothingChanged(page, org);
  });

  test("the inbound endpoint refuses a missing or wrong secret and an unknown reply address", async ({ request }) => {
    const raw = `From: x@example.com\r\nTo: reply+${"A".repeat(32)}@replies.candor.test\r\nSubject: Hi\r\nMessage-ID: <${randomUUID()}@example.com>\r\n\r\nHello\r\n`;
    expect((await request.post("/api/inbound/email", { data: raw, headers: { "Content-Type": "message/rfc822" } })).status()).toBe(401);
    expect((await request.post("/api/inbound/email", { data: raw, headers: { "Content-Type": "message/rfc822", Authorization: "Bearer wrong" } })).status()).toBe(401);
    const unknown = await request.post("/api/inbound/email", { data: raw, headers: { "Content-Type": "message/rfc822", Authorization: `Bearer ${INBOUND_SECRET}` } });
    expect(unknown.status()).toBe(404);
    expect(await unknown.json()).toMatchObject({ status: 404, title: "No application has this reply address." });
  });
});
