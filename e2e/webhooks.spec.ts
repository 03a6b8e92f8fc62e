import { startWebhookReceiver, type WebhookReceiver } from "@/test/webhooks/receiver";
import { callServerAction } from "./actions";
import { createOrganization, expect, test } from "./fixtures";

// A receiver on 127.0.0.1 (the Playwright config sets WEBHOOK_ALLOW_PRIVATE=1), verifying each request's
// signature with the standardwebhooks library, as a customer's would.
let receiver: WebhookReceiver | undefined;
test.afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

test.describe("webhooks", () => {
  test("an admin adds an endpoint, sees its failed delivery and redelivers it, rolls its secret, then disables and deletes it", async ({ page, signInPage, request, expectAccessible }) => {
    const org = await createOrganization(request, { applicants: 1 });
    await signInPage.signInAs(org.users.admin.email, org.password, "/settings");
    await page.getByRole("link", { name: "Webhooks" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();
    await expect(page.getByText("No webhook endpoints yet")).toBeVisible();
    await expectAccessible();

    // Refused in the browser: no event chosen.
    const form = page.getByRole("form", { name: "Add a webhook endpoint" });
    // The receiver fails until told otherwise.
    receiver = await startWebhookReceiver();
    receiver.answerWith(() => 500);
    const url = receiver.url;
    await form.getByLabel("Endpoint URL").fill(url);
    await form.getByRole("button", { name: "Add endpoint" }).click();
    await expect(form.getByText("Choose at least one event")).toBeVisible();

    await form.getByRole("checkbox", { name: /application\.stage_changed/ }).check();
    await form.getByRole("button", { name: "Add endpoint" }).click();
    const added = page.getByRole("status").filter({ hasText: "Endpoint added" });
    await expect(added).toContainText(url);
    const secret = (await added.locator("code").filter({ hasText: /^whsec_/ }).textContent())!;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    const endpoints = page.getByRole("table", { name: "Webhook endpoints, oldest first" });
    await expect(endpoints.getByRole("row").filter({ hasText: url })).toContainText("Enabled");
    await expectAccessible();

    receiver.useSecret(secret);
    const screen = org.stages.find((stage) => stage.kind === "screen")!;
    const moved = await callServerAction(page, {
      file: "server/pipeline/actions.ts",
      action: "moveApplicationsAction",
      args: [{ jobId: org.job.id, toStageId: screen.id, applications: [{ applicationId: org.applicants[0]!.applicationId, version: 1 }] }],
      from: `/jobs/${org.job.id}/pipeline`,
    });
    expect(moved.result).toMatchObject({ ok: true });

    await page.goto("/settings/webhooks");
    await page.getByRole("link", { name: url }).click();
    await expect(page.getByRole("heading", { level: 1, name: url })).toBeVisible();
    const deliveries = page.getByRole("table", { name: "Deliveries to this endpoint, newest first" });
    const row = deliveries.getByRole("row").filter({ hasText: "application.stage_changed" });
    await expect(async () => {
      await page.reload();
      await expect(row).toContainText("HTTP 500", { timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await expect(row).toContainText("Pending");
    await row.getByText("Response (first 1 KB)").first().click();
    await expect(row.getByText(/receiver says 500/).first()).toBeVisible();
    await expectAccessible();

    receiver.answerWith(() => 200);
    await row.getByRole("button", { name: /^Redeliver application\.stage_changed/ }).click();
    await expect(async () => {
      await page.reload();
      await expect(row).toContainText("Delivered", { timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await expect(row).toContainText("HTTP 200");
    // The receiver verified the signature and got the event's ids.
    const [processed] = [...receiver.processed.values()];
    expect(processed!.verified).toBe(true);
    expect(processed!.payload).toMatchObject({ type: "application.stage_changed", data: { application_id: org.applicants[0]!.applicationId, to_stage_id: screen.id } });
    expect(receiver.requests.every((received) => received.id === processed!.id)).toBe(true);
    await expectAccessible();

    // Rolling the secret shows the new one this once, and says until when the old one still signs.
    await page.getByRole("button", { name: "Roll signing secret…" }).click();
    await page.getByRole("group", { name: "Confirm rolling the secret" }).getByRole("button", { name: "Roll secret" }).click();
    const rolled = page.getByRole("status").filter({ hasText: "Secret rolled" });
    const newSecret = (await rolled.locator("code").filter({ hasText: /^whsec_/ }).textContent())!;
    expect(newSecret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(newSecret).not.toBe(secret);
    await expect(page.getByText(/the previous secret also signs every request until/)).toBeVisible();
    await expectAccessible();
    await page.reload();
    await expect(page.getByText(newSecret)).toHaveCount(0);

    await page.getByRole("button", { name: "Disable endpoint" }).click();
    await expect(page.getByRole("button", { name: "Enable endpoint" })).toBeVisible();
    await expect(page.getByText("Disabled", { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Enable endpoint" }).click();
    await expect(page.getByRole("button", { name: "Disable endpoint" })).toBeVisible();

    await page.getByRole("button", { name: "Delete endpoint…" }).click();
    await page.getByRole("button", { name: "Delete endpoint and its delivery log" }).click();
    await expect(page).toHaveURL(/\/settings\/webhooks$/);
    await expect(page.getByText("No webhook endpoints yet")).toBeVisible();
  });

  test("a URL on a network Candor refuses, or not http(s), is refused with the reason on the field", async ({ page, signInPage, org }) => {
    await signInPage.signInAs(org.users.admin.email, org.password, "/settings/webhooks");
    const form = page.getByRole("form", { name: "Add a webhook endpoint" });
    await form.getByLabel("Endpoint URL").fill("ftp://example.com/hooks");
    await form.getByRole("checkbox", { name: /job\.published/ }).check();
    await form.getByRole("button", { name: "Add endpoint" }).click();
    await expect(form.getByText("Enter a full http:// or https:// URL")).toBeVisible();
    await expect(form.getByLabel("Endpoint URL")).toBeFocused();
  });
});
