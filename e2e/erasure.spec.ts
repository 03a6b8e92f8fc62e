import { randomUUID } from "node:crypto";
import path from "node:path";
import { expect, test } from "./fixtures";

const resumePdf = path.join(__dirname, "..", "test", "files", "resume.pdf");

// The symptom: after "Delete my data", Settings → Outgoing mail still showed the candidate's
// address and a message with their name. (server/status/erasure.test.ts searches every column.)
test("after a candidate deletes their data, Outgoing mail shows neither their address nor their name", async ({ browser, page, signInPage, org }) => {
  const name = `Erin Erasable ${org.organization.slug.slice(-6)}`;
  const email = `erin-${randomUUID()}@example.com`;
  const candidate = await browser.newContext();
  const applicant = await candidate.newPage();
  await applicant.goto(`/careers/${org.organization.slug}/${org.job.slug}/apply`);
  await applicant.getByLabel("Full name").fill(name);
  await applicant.getByLabel("Email").fill(email);
  await applicant.getByLabel("Resume").setInputFiles(resumePdf);
  await applicant.getByLabel(/I have read/).check();
  await applicant.getByRole("button", { name: "Submit application" }).click();
  await expect(applicant).toHaveURL(/\/status\//);

  await signInPage.signInAs(org.users.recruiter.email, org.password, "/settings/mail");
  const confirmation = page.getByRole("row", { name: new RegExp(email) });
  await expect(async () => {
    await page.reload();
    await expect(confirmation).toContainText("Sent", { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });

  await applicant.getByText("Delete my data…").click();
  await applicant.getByLabel("Type “delete my data” to confirm").fill("delete my data");
  await applicant.getByRole("button", { name: "Delete my data" }).click();
  await expect(applicant.getByRole("heading", { name: "Your data was deleted" })).toBeVisible();
  await candidate.close();

  await page.reload();
  const main = page.getByRole("main");
  await expect(main.getByRole("row", { name: /\[erased\]/ }).first()).toBeVisible();
  await expect(main).not.toContainText(email);
  await expect(main).not.toContainText(name);
  await expect(main).not.toContainText("Erasable");
});
