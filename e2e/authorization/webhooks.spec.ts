import { callServerAction } from "../actions";
import { createOrganization, expect, signedInPage, test } from "../fixtures";

const ACTIONS = "app/(dashboard)/settings/webhooks/actions.ts";
const NEW_ENDPOINT = { url: "https://hooks.example.com/candor", events: ["job.published"] };

test("a recruiter can neither see webhooks nor add, change, redeliver, roll the secret of or delete one", async ({ page, signInPage, org, browser }) => {
  // The admin's endpoint, which the recruiter then tries to reach.
  const admin = await signedInPage(browser, org.users.admin.email, org.password);
  const created = await callServerAction(admin, { file: ACTIONS, action: "createWebhookEndpointAction", args: [NEW_ENDPOINT], from: "/settings/webhooks" });
  expect(created.result).toMatchObject({ ok: true, data: { id: expect.any(String), secret: expect.stringMatching(/^whsec_/) } });
  const endpointId = (created.result as { data: { id: string } }).data.id;

  await signInPage.signInAs(org.users.recruiter.email, org.password, "/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Webhooks" })).toHaveCount(0);
  for (const path of ["/settings/webhooks", `/settings/webhooks/${endpointId}`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByText(NEW_ENDPOINT.url)).toHaveCount(0);
  }

  const attempts: [string, unknown][] = [
    ["createWebhookEndpointAction", NEW_ENDPOINT],
    ["setWebhookEndpointEnabledAction", { endpointId, enabled: false }],
    ["deleteWebhookEndpointAction", { endpointId }],
    ["redeliverWebhookAction", { deliveryId: endpointId }],
    ["rollWebhookSecretAction", { endpointId, secretVersion: 1 }],
  ];
  for (const [action, input] of attempts) {
    const attempt = await callServerAction(page, { file: ACTIONS, action, args: [input], from: "/settings/webhooks" });
    expect(attempt.result, action).toMatchObject({ ok: false, code: "FORBIDDEN" });
  }

  // Untouched, as the admin sees it: one enabled endpoint.
  await admin.goto("/settings/webhooks");
  await expect(admin.getByRole("row").filter({ hasText: NEW_ENDPOINT.url })).toContainText("Enabled");
});

test("an admin of another organisation cannot see or change this organisation's endpoint", async ({ org, request, browser }) => {
  const admin = await signedInPage(browser, org.users.admin.email, org.password);
  const created = await callServerAction(admin, { file: ACTIONS, action: "createWebhookEndpointAction", args: [NEW_ENDPOINT], from: "/settings/webhooks" });
  const endpointId = (created.result as { data: { id: string } }).data.id;

  const other = await createOrganization(request);
  const stranger = await signedInPage(browser, other.users.admin.email, other.password);
  const response = await stranger.goto(`/settings/webhooks/${endpointId}`);
  expect(response?.status()).toBe(404);
  await stranger.goto("/settings/webhooks");
  await expect(stranger.getByText("No webhook endpoints yet")).toBeVisible();
  for (const [action, input] of [
    ["setWebhookEndpointEnabledAction", { endpointId, enabled: false }],
    ["deleteWebhookEndpointAction", { endpointId }],
    ["rollWebhookSecretAction", { endpointId, secretVersion: 1 }],
  ] as const) {
    const attempt = await callServerAction(stranger, { file: ACTIONS, action, args: [input], from: "/settings/webhooks" });
    expect(attempt.result, action).toMatchObject({ ok: false, code: "NOT_FOUND" });
  }
  await admin.goto("/settings/webhooks");
  await expect(admin.getByRole("row").filter({ hasText: NEW_ENDPOINT.url })).toContainText("Enabled");
});
