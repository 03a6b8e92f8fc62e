import { createOrganization, expect, test } from "./fixtures";

test.describe("Settings → API keys", () => {
  test.describe.configure({ timeout: 90_000 });

  test("an admin creates a key, sees it once, the API answers it, and revoking it shuts the API", async ({ page, request, signInPage, org, expectAccessible }) => {
    await signInPage.signInAs(org.users.admin.email, org.password, "/settings");
    await page.getByRole("link", { name: "API keys" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "API keys" })).toBeVisible();
    await expect(page.getByText("No API keys yet.")).toBeVisible();
    await expectAccessible();

    const form = page.getByRole("form", { name: "Create an API key" });
    // Refused without a scope: the reason by the scopes, announced.
    await form.getByLabel("Name").fill("Nightly sync");
    await form.getByRole("checkbox", { name: /^read\b/ }).uncheck();
    await form.getByRole("button", { name: "Create key" }).click();
    await expect(form.getByText("Choose at least one scope.")).toBeVisible();
    await expectAccessible();

    await form.getByRole("checkbox", { name: /^read\b/ }).check();
    await form.getByRole("button", { name: "Create key" }).click();
    const shown = page.getByRole("status").getByLabel("New API key");
    await expect(shown).toHaveValue(/^candor_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    await expect(page.getByText("Copy it now: it will not be shown again.")).toBeVisible();
    const key = await shown.inputValue();
    await expectAccessible();

    const row = page.getByRole("listitem", { name: "Nightly sync" });
    await expect(row).toContainText(`${key.split("_").slice(0, 2).join("_")}_…`);
    await expect(row).toContainText("never used");

    const jobs = await request.get("/api/v1/jobs", { headers: { Authorization: `Bearer ${key}` } });
    expect(jobs.status()).toBe(200);
    expect((await jobs.json()).data).toEqual([expect.objectContaining({ id: org.job.id, title: org.job.title })]);
    expect(jobs.headers()["ratelimit-policy"]).toMatch(/q=\d+;w=60/);

    // Shown once: after a reload, only its public part.
    await page.reload();
    await expect(page.getByLabel("New API key")).toHaveCount(0);
    expect(await page.content()).not.toContain(key);
    await expect(row).toContainText("last used");

    const actions = row.getByRole("button", { name: "Actions for the key Nightly sync" });
    await actions.click();
    await page.getByRole("menuitem", { name: "Revoke key…" }).click();
    const dialog = page.getByRole("dialog", { name: "Revoke the key Nightly sync?" });
    await expect(dialog).toBeVisible();
    await expectAccessible();
    await dialog.getByRole("button", { name: "Revoke key" }).click();
    await expect(page.getByText("The key Nightly sync was revoked.")).toBeVisible();
    await expect(row.getByText("Revoked", { exact: true })).toBeVisible();
    await expect(row.getByRole("button", { name: "Actions for the key Nightly sync" })).toHaveCount(0);

    const refused = await request.get("/api/v1/jobs", { headers: { Authorization: `Bearer ${key}` } });
    expect(refused.status()).toBe(401);
    expect(refused.headers()["content-type"]).toContain("application/problem+json");

    await page.goto("/settings/audit-log");
    await expect(page.getByRole("cell", { name: "API key created" }).first()).toBeVisible();
    await expect(page.getByRole("cell", { name: "API key revoked" }).first()).toBeVisible();
  });

  test("what a key changes shows on the candidate's profile under the key's name", async ({ page, request, signInPage }) => {
    const org = await createOrganization(request, { applicants: 1 });
    const [applicant] = org.applicants;
    await signInPage.signInAs(org.users.admin.email, org.password, "/settings/api-keys");
    const form = page.getByRole("form", { name: "Create an API key" });
    await form.getByLabel("Name").fill("Pipeline bot");
    await form.getByRole("checkbox", { name: /^applications:write\b/ }).check();
    await form.getByRole("button", { name: "Create key" }).click();
    const key = await page.getByLabel("New API key").inputValue();
    const headers = { Authorization: `Bearer ${key}` };

    const job = await (await request.get(`/api/v1/jobs/${org.job.id}`, { headers })).json();
    const screen = job.stages.find((stage: { kind: string }) => stage.kind === "screen");
    const moved = await request.post(`/api/v1/applications/${applicant!.applicationId}/move`, { headers, data: { stageId: screen.id, version: 1 } });
    expect(moved.status()).toBe(200);
    const stale = await request.post(`/api/v1/applications/${applicant!.applicationId}/move`, { headers, data: { stageId: screen.id, version: 1 } });
    expect(stale.status()).toBe(409);
    expect(stale.headers()["content-type"]).toContain("application/problem+json");
    const note = await request.post(`/api/v1/applications/${applicant!.applicationId}/notes`, { headers, data: { body: "Screened by the HRIS" } });
    expect(note.status()).toBe(201);

    await page.goto(`/candidates/${applicant!.candidateId}`);
    await expect(page.getByRole("list", { name: `History of the ${org.job.title} application` })).toContainText("API key “Pipeline bot”");
    await expect(page.getByText("Screened by the HRIS")).toBeVisible();
    await expect(page.getByRole("region", { name: "Activity" })).toContainText("API key “Pipeline bot” added a note");
  });

  test("the API reference is readable without signing in, and accessible", async ({ page, expectAccessible }) => {
    await page.goto("/api/v1/docs");
    await expect(page.getByRole("heading", { level: 1, name: /Candor REST API/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "POST /api/v1/applications/{id}/move" })).toBeVisible();
    await page.getByRole("link", { name: "Move an application to a stage" }).click();
    await expect(page).toHaveURL(/#moveApplication$/);
    await expectAccessible();
    const document = await page.request.get("/api/v1/openapi.json");
    expect((await document.json()).openapi).toBe("3.1.0");
    // Any other address under /api/v1 is a problem document; the public job board API beside it still answers.
    const unknown = await page.request.get("/api/v1/nope");
    expect(unknown.status()).toBe(404);
    expect(unknown.headers()["content-type"]).toContain("application/problem+json");
    expect((await page.request.get("/api/v1/boards/demo/jobs")).status()).toBe(200);
  });
});
