import type { IsolatedOrganization } from "@/db/fixtures";
import type { Browser } from "@playwright/test";
import { callServerAction, forgeSessionCookie } from "../actions";
import { createOrganization, expect, signedInPage, test } from "../fixtures";

const ACTIONS = "app/(dashboard)/settings/api-keys/actions.ts";
const newKey = { name: "Exfiltrate", scopes: ["read"] };
type KeyCreated = { ok: boolean; data: { id: string; key: string } };

/** The organisation's keys as its own admin sees them. */
async function keysSeenByAdmin(browser: Browser, org: IsolatedOrganization) {
  const admin = await signedInPage(browser, org.users.admin.email, org.password, "/settings/api-keys");
  return admin.getByRole("list", { name: "Keys" }).getByRole("listitem");
}

test.describe("Settings → API keys is for the organisation's admins", () => {
  test.describe.configure({ timeout: 90_000 });

  test("recruiters, hiring managers and interviewers get a 404 and cannot create or revoke keys", async ({ browser, org }) => {
    const admin = await signedInPage(browser, org.users.admin.email, org.password);
    const created = await callServerAction<KeyCreated>(admin, { file: ACTIONS, action: "createApiKeyAction", args: [{ name: "Real", scopes: ["read"] }], from: "/settings/api-keys" });
    expect(created.result).toMatchObject({ ok: true });
    const keyId = created.result!.data.id;

    for (const role of ["recruiter", "hiring_manager", "interviewer"] as const) {
      const page = await signedInPage(browser, org.users[role].email, org.password, "/settings");
      await expect(page.getByRole("link", { name: "API keys" })).toHaveCount(0);
      const response = await page.goto("/settings/api-keys");
      expect(response?.status(), role).toBe(404);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
      const create = await callServerAction(page, { file: ACTIONS, action: "createApiKeyAction", args: [newKey], from: "/settings/api-keys" });
      expect(create.result, role).toMatchObject({ ok: false, code: "FORBIDDEN" });
      const revoke = await callServerAction(page, { file: ACTIONS, action: "revokeApiKeyAction", args: [{ keyId }], from: "/settings/api-keys" });
      expect(revoke.result, role).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    const keys = await keysSeenByAdmin(browser, org);
    await expect(keys).toHaveCount(1);
    await expect(keys.first()).not.toContainText("Revoked");
  });

  test("an anonymous visitor is sent to sign in and their create is refused", async ({ page, browser, org }) => {
    await page.goto("/settings/api-keys");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fsettings%2Fapi-keys$/);
    await forgeSessionCookie(page, test.info().project.use.baseURL!);
    const attempt = await callServerAction(page, { file: ACTIONS, action: "createApiKeyAction", args: [newKey], from: "/settings/api-keys" });
    expect(attempt.result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    const admin = await signedInPage(browser, org.users.admin.email, org.password, "/settings/api-keys");
    await expect(admin.getByText("No API keys yet.")).toBeVisible();
  });

  test("another organisation's admin cannot revoke this organisation's key, and their keys read only their own", async ({ browser, request, org }) => {
    const admin = await signedInPage(browser, org.users.admin.email, org.password);
    const created = await callServerAction<KeyCreated>(admin, { file: ACTIONS, action: "createApiKeyAction", args: [{ name: "Ours", scopes: ["read"] }], from: "/settings/api-keys" });
    const { id: ourKeyId, key: ours } = created.result!.data;

    const other = await createOrganization(request);
    const outsider = await signedInPage(browser, other.users.admin.email, other.password);
    const theirs = await callServerAction<KeyCreated>(outsider, { file: ACTIONS, action: "createApiKeyAction", args: [{ name: "Theirs", scopes: ["read"] }], from: "/settings/api-keys" });
    await outsider.goto("/settings/api-keys");
    await expect(outsider.getByText("Ours")).toHaveCount(0);

    // Their key reads nothing of ours: our job is a 404 to it.
    const job = await request.get(`/api/v1/jobs/${org.job.id}`, { headers: { Authorization: `Bearer ${theirs.result!.data.key}` } });
    expect(job.status()).toBe(404);
    expect(job.headers()["content-type"]).toContain("application/problem+json");

    // Even knowing our key's id, they cannot revoke it: it still works, and our admin sees it live.
    const revoke = await callServerAction(outsider, { file: ACTIONS, action: "revokeApiKeyAction", args: [{ keyId: ourKeyId }], from: "/settings/api-keys" });
    expect(revoke.result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await request.get("/api/v1/jobs", { headers: { Authorization: `Bearer ${ours}` } })).status()).toBe(200);
    await admin.goto("/settings/api-keys");
    await expect(admin.getByRole("listitem", { name: "Ours" })).not.toContainText("Revoked");
  });
});
