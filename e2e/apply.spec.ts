import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { waitForMail } from "./mailbox";

const resumePdf = path.join(__dirname, "../test/files/resume.pdf");
const fakePdf = path.join(__dirname, "../test/files/page.html");

/** Moves focus with the Tab key only, until `target` has it. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 80; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("could not reach the element with Tab");
}

test.describe("applying for a job", () => {
  test("a candidate applies with a real PDF using only the keyboard and lands on their status page", async ({ page, expectAccessible }) => {
    const email = `keyboard-${randomUUID()}@example.com`;
    // Find the posting through the careers page's filters, with the keyboard only.
    await page.goto("/careers/demo?utm_source=newsletter");
    await tabTo(page, page.getByLabel("Search"));
    await page.keyboard.type("designer");
    await tabTo(page, page.getByLabel("Workplace type"));
    await page.keyboard.type("Hybrid");
    await tabTo(page, page.getByRole("button", { name: "Show jobs" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/q=designer/);
    await expect(page).toHaveURL(/workplace=hybrid/);
    await tabTo(page, page.getByRole("link", { name: "Product Designer" }));
    await page.keyboard.press("Enter");
    await tabTo(page, page.getByRole("link", { name: "Apply for this job" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Apply for Product Designer" })).toBeVisible();
    await expectAccessible();

    // Listening turns on Chromium's file chooser interception, a message of its own that a key press sent
    // right after can overtake (the chooser then opened unseen and the test timed out in one CI run): listen
    // before typing the first field.
    const chooser = page.waitForEvent("filechooser");
    await tabTo(page, page.getByLabel("Full name"));
    await page.keyboard.type("Kim Keyboard");
    await page.keyboard.press("Tab");
    await page.keyboard.type(email);
    await tabTo(page, page.getByLabel("Resume"));
    await page.keyboard.press("Space");
    await (await chooser).setFiles(resumePdf);
    await tabTo(page, page.getByLabel("Link to your portfolio"));
    await page.keyboard.type("https://kim.example.com");
    await tabTo(page, page.getByRole("group", { name: /authorised to work/ }).getByLabel("Yes"));
    await page.keyboard.press("Space");
    await tabTo(page, page.getByLabel(/I have read Lumen Robotics/));
    await page.keyboard.press("Space");
    await tabTo(page, page.getByRole("button", { name: "Submit application" }));
    await page.keyboard.press("Enter");

    await expect(page).toHaveURL(/\/status\/[\w-]+\?submitted=1$/);
    await expect(page.getByRole("heading", { name: "Application received" })).toBeVisible();
    await expect(page.getByRole("alert").filter({ hasText: "Thank you" })).toContainText("your application was received");
    await expect(page.getByRole("listitem").filter({ hasText: "Product Designer" }).getByTestId("application-status")).toHaveText("Applied");
    // Framed as the organisation's careers site, with the way back to its other jobs.
    await expect(page.getByRole("banner").getByRole("link", { name: "Lumen Robotics" })).toHaveAttribute("href", "/careers/demo");
    await expect(page.getByRole("link", { name: "See other open positions at Lumen Robotics" })).toHaveAttribute("href", "/careers/demo");
    await expectAccessible();

    // The confirmation reaches a real SMTP server, and its private link opens the same status.
    const mail = await waitForMail(email);
    expect(mail.subject).toBe("We received your application for Product Designer");
    const link = /https?:\/\/\S+\/status\/[\w-]+/.exec(mail.text ?? "")?.[0];
    expect(link).toBeTruthy();
    await page.context().clearCookies();
    await page.goto(link!);
    await expect(page.getByRole("heading", { name: "Your applications" })).toBeVisible();
    await expect(page.getByTestId("application-status")).toHaveText("Applied");
  });

  test("errors are listed, announced and shown next to each field", async ({ page, org, expectAccessible }) => {
    await page.goto(`/careers/${org.organization.slug}/${org.job.slug}/apply`);
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByRole("button", { name: "Submit application" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "problems" });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link")).toHaveText([
      "Enter your full name.",
      "Enter a valid email address, like name@example.com.",
      "Attach your resume.",
      "Please confirm that you have read the privacy notice.",
    ]);
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Email")).toHaveAccessibleDescription("Enter a valid email address, like name@example.com.");
    await expectAccessible();
  });

  test("the server's verdict on a file disguised as a PDF reaches the field", async ({ page, org }) => {
    await page.goto(`/careers/${org.organization.slug}/${org.job.slug}/apply`);
    await page.getByLabel("Full name").fill("Mallory");
    await page.getByLabel("Email").fill(`mallory-${randomUUID()}@example.com`);
    await page.getByLabel("Resume").setInputFiles({ name: "cv.pdf", mimeType: "application/pdf", buffer: await import("node:fs").then((fs) => fs.readFileSync(fakePdf)) });
    await page.getByLabel(/I have read/).check();
    await page.getByRole("button", { name: "Submit application" }).click();
    await expect(page.getByLabel("Resume")).toHaveAccessibleDescription(/Resume is named \.pdf but is not a real PDF file/);
    await expect(page).toHaveURL(/\/apply$/);
  });

  test("applying twice to one job says so, and the first application stands", async ({ page, org }) => {
    const email = `twice-${randomUUID()}@example.com`;
    for (let attempt = 0; attempt < 2; attempt++) {
      await page.goto(`/careers/${org.organization.slug}/${org.job.slug}/apply`);
      await page.getByLabel("Full name").fill("Tess Twice");
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Resume").setInputFiles(resumePdf);
      await page.getByLabel(/I have read/).check();
      await page.getByRole("button", { name: "Submit application" }).click();
      if (attempt === 0) await expect(page).toHaveURL(/\/status\//);
    }
    await expect(page.getByLabel("Email")).toHaveAccessibleDescription(/You have already applied for this job/);
    // Said once at the top (linking to the field), not again as a general message.
    const summary = page.getByRole("alert").filter({ hasText: "1 problem" });
    await expect(summary.getByText(/You have already applied/)).toHaveCount(1);
    await expect(summary).toContainText("The confirmation email we sent you has a link to follow your application.");
  });

  test("a question's error at the top names the question", async ({ page }) => {
    await page.goto("/careers/demo/senior-backend-engineer/apply");
    await page.getByRole("button", { name: "Submit application" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "problems" });
    await expect(summary.getByRole("link", { name: "Why do you want to work on warehouse robots? Answer this question." })).toBeVisible();
    await expect(summary.getByRole("link", { name: "Are you authorised to work in the country of this role? Choose yes or no." })).toBeVisible();
    // Next to the question itself the message stands on its own.
    await expect(page.getByRole("group", { name: /Are you authorised to work/ })).toContainText("Choose yes or no.");
  });

  test("a draft, closed or unknown job has no application form", async ({ page }) => {
    for (const slug of ["head-of-people", "frontend-engineering-intern", "no-such-job"]) {
      const response = await page.goto(`/careers/demo/${slug}/apply`);
      expect(response?.status()).toBe(404);
    }
  });
});

test.describe("applying without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a candidate finds a posting through filters and applies; the confirmation email arrives", async ({ page }) => {
    const email = `noscript-flow-${randomUUID()}@example.com`;
    await page.goto("/careers/demo");
    await page.getByLabel("Workplace type").selectOption({ label: "Remote" });
    await page.getByLabel("Search").fill("backend");
    await page.getByRole("button", { name: "Show jobs" }).click();
    await expect(page).toHaveURL(/workplace=remote/);
    await page.getByRole("link", { name: "Senior Backend Engineer" }).click();
    await page.getByRole("link", { name: "Apply for this job" }).click();
    await page.getByLabel("Full name").fill("Nico NoScript");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Resume").setInputFiles(resumePdf);
    await page.getByLabel("Why do you want to work on warehouse robots?").fill("Because they are calm and careful.");
    await page.getByRole("group", { name: /authorised to work/ }).getByLabel("Yes").check();
    await page.getByRole("group", { name: /How many years/ }).getByLabel("3–5").check();
    await page.getByLabel(/I have read/).check();
    await page.getByRole("button", { name: "Submit application" }).click();
    await expect(page).toHaveURL(/\/status\/[\w-]+\?submitted=1$/);
    await expect(page.getByTestId("application-status")).toHaveText("Applied");
    const mail = await waitForMail(email);
    expect(mail.subject).toBe("We received your application for Senior Backend Engineer");
  });

  test("the form posts, shows the server's errors with the answers kept, then succeeds", async ({ page, org }) => {
    await page.goto(`/careers/${org.organization.slug}/${org.job.slug}/apply`);
    await page.getByLabel("Full name").fill("Nora NoScript");
    await page.getByRole("button", { name: "Submit application" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "problems" });
    await expect(summary).toContainText("Enter your email address.");
    // The page came back with the list of problems focused (autofocus: no script runs here).
    await expect(summary).toBeFocused();
    await expect(page.getByLabel("Full name")).toHaveValue("Nora NoScript");

    await page.getByLabel("Email").fill(`noscript-${randomUUID()}@example.com`);
    await page.getByLabel("Resume").setInputFiles(resumePdf);
    await page.getByLabel(/I have read/).check();
    await page.getByRole("button", { name: "Submit application" }).click();
    await expect(page).toHaveURL(/\/status\/[\w-]+\?submitted=1$/);
    await expect(page.getByTestId("application-status")).toHaveText("Applied");
  });

  test("an application of 11 MB (a resume and a cover letter) arrives whole", async ({ page, org }) => {
    // Real PDFs with 5.25 MB of padding after their end: each under the 10 MB limit, over 10 MB together.
    const padded = (name: string) => ({ name, mimeType: "application/pdf", buffer: Buffer.concat([readFileSync(resumePdf), Buffer.alloc(5.25 * 1024 * 1024, " ")]) });
    const email = `noscript-large-${randomUUID()}@example.com`;
    await page.goto(`/careers/${org.organization.slug}/${org.job.slug}/apply`);
    await page.getByLabel("Full name").fill("Lena Large");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Resume").setInputFiles(padded("resume.pdf"));
    await page.getByLabel("Cover letter (file)").setInputFiles(padded("cover-letter.pdf"));
    await page.getByLabel(/I have read/).check();
    await page.getByRole("button", { name: "Submit application" }).click();
    await expect(page).toHaveURL(/\/status\/[\w-]+\?submitted=1$/);
    // Both files arrived whole: the candidate's own copy of their data holds every byte.
    const exported = await page.request.get(await page.getByRole("link", { name: "Download my data (JSON)" }).getAttribute("href") ?? "");
    const data = (await exported.json()) as { files: { name: string; contentBase64: string }[] };
    const sizes = Object.fromEntries(data.files.map((file) => [file.name, Buffer.from(file.contentBase64, "base64").length]));
    const expected = padded("resume.pdf").buffer.length;
    expect(sizes).toEqual({ "resume.pdf": expected, "cover-letter.pdf": expected });
  });

  test("a post of 20,000 fields is refused before the form is read, with the form's own message", async ({ page, org }) => {
    await page.goto(`/careers/${org.organization.slug}/${org.job.slug}/apply`);
    await page.getByLabel("Full name").fill("Hostile Hugo");
    await page.getByLabel("Email").fill(`noscript-hostile-${randomUUID()}@example.com`);
    await page.getByLabel("Resume").setInputFiles(resumePdf);
    await page.getByLabel(/I have read/).check();
    // The browser's own post, with 20,000 more fields before its end.
    await page.route(/\/apply(\?|$)/, async (route) => {
      const request = route.request();
      if (request.method() !== "POST") return route.continue();
      const boundary = /boundary=(.+)$/.exec(request.headers()["content-type"] ?? "")![1]!;
      const body = request.postDataBuffer()!;
      const end = body.lastIndexOf(`--${boundary}--`);
      const extra = Array.from({ length: 20_000 }, (_, i) => `--${boundary}\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\nx\r\n`).join("");
      await route.continue({ postData: Buffer.concat([body.subarray(0, end), Buffer.from(extra), body.subarray(end)]) });
    });
    await page.getByRole("button", { name: "Submit application" }).click();
    // Refused by the proxy as the body streamed in, not after Next had parsed all of it for the action.
    await expect(page).toHaveURL(/\/apply\?refused=too-many-fields$/);
    await expect(page.getByRole("alert").filter({ hasText: "more than 500 fields" })).toBeVisible();
    await expect(page.getByRole("heading", { name: /Apply for/ })).toBeVisible();
  });

  test("the same 20,000 fields posted to the posting page or any other are refused too, not parsed by Next", async ({ page, org }) => {
    // Next takes a form post to any page for a possible server action: it parsed this one whole elsewhere.
    const multipart = Array.from({ length: 20_000 }, (_, i) => `--x\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\nx\r\n`).join("") + "--x--\r\n";
    for (const path of [`/careers/${org.organization.slug}/${org.job.slug}`, `/careers/${org.organization.slug}`, "/sign-in", "/no-such-page"]) {
      const response = await page.request.post(path, { headers: { "content-type": "multipart/form-data; boundary=x" }, data: multipart, maxRedirects: 0 });
      expect(response.status(), path).toBe(413);
      expect(await response.text()).toBe("Candor does not accept a form with more than 1,000 fields or 32 MB.");
    }
    // The pages themselves are as they were.
    await page.goto(`/careers/${org.organization.slug}/${org.job.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
});

test.describe("the private status page", () => {
  async function applyAndOpenStatus(page: Page, orgSlug: string, jobSlug: string) {
    await page.goto(`/careers/${orgSlug}/${jobSlug}/apply`);
    await page.getByLabel("Full name").fill("Sam Status");
    await page.getByLabel("Email").fill(`status-${randomUUID()}@example.com`);
    await page.getByLabel("Resume").setInputFiles(resumePdf);
    await page.getByLabel(/I have read/).check();
    await page.getByRole("button", { name: "Submit application" }).click();
    await expect(page).toHaveURL(/\/status\//);
    return new URL(page.url()).pathname;
  }

  /** A refused phrase leaves the panel open, the message tied to the box, focus in it and the words as typed. */
  async function expectRefusedNextToTheBox(confirm: Locator, typed: string) {
    await expect(confirm).toBeFocused();
    await expect(confirm).toHaveAttribute("aria-invalid", "true");
    await expect(confirm).toHaveAccessibleDescription("Type “delete my data” in the box to confirm.");
    await expect(confirm).toHaveValue(typed);
  }

  test("the page leads with what happens next; withdrawing comes last, asks first and is shown", async ({ page, org }) => {
    const statusPath = await applyAndOpenStatus(page, org.organization.slug, org.job.slug);
    // What happens next is under the application; withdrawing and deleting wait in the last section.
    await expect(page.getByRole("heading", { level: 3, name: "What happens next" })).toBeVisible();
    await expect(page.getByText(/will read your application/)).toBeVisible();
    await expect(page.getByRole("heading", { level: 2 }).last()).toHaveText("Your data and choices");
    const lastSection = page.getByRole("region", { name: "Your data and choices" });
    await expect(lastSection.getByText("Withdraw this application…")).toBeVisible();
    await expect(lastSection.getByText("Delete my data…")).toBeVisible();
    await expect(page.getByRole("button", { name: "Yes, withdraw my application" })).toBeHidden();
    await page.getByText("Withdraw this application…").click();
    await page.getByRole("button", { name: "Yes, withdraw my application" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "withdrawn" })).toHaveText("Your application was withdrawn.");
    await expect(page.getByTestId("application-status")).toHaveText("Withdrawn");
    await expect(page).toHaveURL(new RegExp(`${statusPath}\\?withdrawn=1$`));
    await expect(page.getByText("You withdrew this application. Nothing more will happen with it.")).toBeVisible();
    await expect(page.getByText("Withdraw this application…")).toBeHidden();
  });

  test("downloading my data gives everything I sent, files included", async ({ page, org }) => {
    await applyAndOpenStatus(page, org.organization.slug, org.job.slug);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download my data (JSON)" }).click();
    const file = await download;
    const data = JSON.parse(await import("node:fs").then(async (fs) => fs.readFileSync((await file.path())!, "utf8")));
    expect(data.candidate.name).toBe("Sam Status");
    expect(data.applications[0].job).toBe(org.job.title);
    expect(data.files[0]).toMatchObject({ name: "resume.pdf", mediaType: "application/pdf" });
    expect(Buffer.from(data.files[0].contentBase64, "base64").subarray(0, 5).toString()).toBe("%PDF-");
  });

  test("deleting my data needs the confirmation words, in any case, then the link stops working", async ({ page, org, expectAccessible }) => {
    const statusPath = await applyAndOpenStatus(page, org.organization.slug, org.job.slug);
    await page.getByText("Delete my data…").click();
    const confirm = page.getByLabel("Type “delete my data” to confirm");
    await confirm.fill("delete my stuff");
    await page.getByRole("button", { name: "Delete my data" }).click();
    await expectRefusedNextToTheBox(confirm, "delete my stuff");
    await expectAccessible();
    await confirm.fill("  Delete my data ");
    await page.getByRole("button", { name: "Delete my data" }).click();
    await expect(page.getByRole("heading", { name: "Your data was deleted" })).toBeVisible();
    // Still the organisation's careers site, with a way back to its jobs.
    await expect(page.getByRole("banner").getByRole("link", { name: org.organization.name })).toHaveAttribute("href", `/careers/${org.organization.slug}`);
    await expect(page.getByRole("link", { name: `See open positions at ${org.organization.name}` })).toBeVisible();
    await expectAccessible();
    const response = await page.goto(statusPath);
    expect(response?.status()).toBe(404);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the server refuses a wrong phrase next to the box, with the panel open, then deletes", async ({ page, org }) => {
      const statusPath = await applyAndOpenStatus(page, org.organization.slug, org.job.slug);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Application received");
      await page.getByText("Delete my data…").click();
      const confirm = page.getByLabel("Type “delete my data” to confirm");
      await confirm.fill("delete my dat");
      await page.getByRole("button", { name: "Delete my data" }).click();
      await expectRefusedNextToTheBox(confirm, "delete my dat");
      // The refusal is the status page itself, not the "Application received" greeting it was posted from.
      await expect(page).toHaveURL(new RegExp(`${statusPath}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your applications");
      await expect(page.getByText("your application was received")).toHaveCount(0);
      await confirm.fill("DELETE MY DATA");
      await page.getByRole("button", { name: "Delete my data" }).click();
      await expect(page.getByRole("heading", { name: "Your data was deleted" })).toBeVisible();
    });
  });

  test("a forged status link is a 404", async ({ page }) => {
    const response = await page.goto("/status/forged-token-that-does-not-exist");
    expect(response?.status()).toBe(404);
    const download = await page.request.get("/status/forged-token-that-does-not-exist/export");
    expect(download.status()).toBe(404);
  });
});
