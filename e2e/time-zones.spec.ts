import { randomUUID } from "node:crypto";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import type { IsolatedOrganization } from "@/db/fixtures";
import { formatDate, formatDateTime } from "@/lib/format";
import { formatSlotFor } from "@/lib/interviews/time";
import { createOrganization, expect, expectNoAxeViolations, SignInPage, test } from "./fixtures";

async function signedIn(browser: Browser, org: IsolatedOrganization, role: keyof IsolatedOrganization["users"], timezoneId?: string): Promise<Page> {
  const page = await (await browser.newContext({ timezoneId })).newPage();
  await new SignInPage(page).signInAs(org.users[role].email, org.password);
  return page;
}

/** The instant a <time datetime> element stands for. */
async function instantOf(element: ReturnType<Page["locator"]>): Promise<Date> {
  return new Date((await element.getAttribute("datetime"))!);
}

test("a member reads dashboard times in the zone they choose, their browser's suggested", async ({ browser, request }) => {
  test.setTimeout(90_000);
  const org = await createOrganization(request, { applicants: 1, team: ["interviewer"], pastInterview: true });
  // The browser is in Tokyo; the organisation has no zone of its own, so Candor starts in UTC.
  const page = await signedIn(browser, org, "interviewer", "Asia/Tokyo");

  // My feedback lists yesterday's interview (set in UTC): in UTC at first, as before.
  await page.goto("/feedback");
  const slot = page.getByRole("listitem").filter({ hasText: org.applicants[0]!.name }).locator("time");
  const startsAt = await instantOf(slot);
  const endsAt = new Date(startsAt.getTime() + 60 * 60 * 1000);
  await expect(slot).toHaveText(formatSlotFor(startsAt, endsAt, "UTC", "UTC"));

  // The account page suggests the browser's zone; taking it keeps focus in the form.
  await page.goto("/account");
  const form = page.getByRole("form", { name: "Time zone" });
  await expect(form.getByLabel("Time zone")).toHaveValue("");
  await expect(form.getByText("Your browser says Asia/Tokyo — use it?")).toBeVisible();
  await expectNoAxeViolations(page);
  await form.getByRole("button", { name: "Use Asia/Tokyo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Dates and times now show in Asia/Tokyo." })).toBeVisible();
  await expect(form.getByLabel("Time zone")).toBeFocused();
  await expect(form.getByLabel("Time zone")).toHaveValue("Asia/Tokyo");
  await expect(form.getByText("Your browser says")).toBeHidden();
  await expectNoAxeViolations(page);

  // The same interview now reads in Tokyo's clock, with its own zone beside it.
  await page.goto("/feedback");
  const tokyo = formatSlotFor(startsAt, endsAt, "UTC", "Asia/Tokyo");
  expect(tokyo).toMatch(/ GMT\+9 \((.+, )?\d\d:\d\d–\d\d:\d\d UTC\)$/);
  await expect(slot).toHaveText(tokyo);

  // Another zone, chosen from the list, and kept across a reload.
  await page.goto("/account");
  await form.getByLabel("Time zone").selectOption("America/Chicago");
  await form.getByRole("button", { name: "Save time zone" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Dates and times now show in America/Chicago." })).toBeVisible();
  await page.reload();
  await expect(form.getByLabel("Time zone")).toHaveValue("America/Chicago");
  // The sessions list is in that zone too: "5 Dec 2026, 07:30 CST".
  const signedInAt = page.getByRole("region", { name: "Where you’re signed in" }).locator("time").last();
  await expect(signedInAt).toHaveText(formatDateTime(await instantOf(signedInAt), "America/Chicago"));
  await expect(signedInAt).toHaveText(/ C[SD]T$/);

  // Back to the organisation's zone (UTC here).
  await form.getByLabel("Time zone").selectOption("");
  await form.getByRole("button", { name: "Save time zone" }).click();
  await expect(page.getByRole("status").filter({ hasText: "your organisation’s time zone (UTC)" })).toBeVisible();
  await page.goto("/feedback");
  await expect(slot).toHaveText(formatSlotFor(startsAt, endsAt, "UTC", "UTC"));
});

test("an unknown time zone is refused, and the setting is the person's own", async ({ browser, org }) => {
  const recruiter = await signedIn(browser, org, "recruiter");
  await recruiter.goto("/account");
  const form = recruiter.getByRole("form", { name: "Time zone" });
  // Tampering before React has hydrated the form is undone by hydration (the extra option is a mismatch,
  // and React renders the form again): wait until React holds the select (its fiber is on the element).
  await expect.poll(() => form.getByLabel("Time zone").evaluate((select) => Object.keys(select).some((key) => key.startsWith("__reactFiber")))).toBe(true);
  // A zone not in the list, as a tampered request would send it.
  await form.getByLabel("Time zone").evaluate((select) => {
    const option = document.createElement("option");
    option.value = option.text = "Mars/Olympus_Mons";
    select.append(option);
  });
  await form.getByLabel("Time zone").selectOption("Mars/Olympus_Mons");
  await form.getByRole("button", { name: "Save time zone" }).click();
  await expect(form.getByText("Choose a time zone from the list.")).toBeVisible();
  await expect(form.getByLabel("Time zone")).toBeFocused();

  await form.getByLabel("Time zone").selectOption("Europe/Paris");
  await form.getByRole("button", { name: "Save time zone" }).click();
  await expect(recruiter.getByRole("status").filter({ hasText: "Dates and times now show in Europe/Paris." })).toBeVisible();
  // Their colleague still reads the organisation's zone.
  const admin = await signedIn(browser, org, "admin");
  await admin.goto("/account");
  await expect(admin.getByRole("form", { name: "Time zone" }).getByLabel("Time zone")).toHaveValue("");
});

test("a posting's date is shown in the visitor's own zone", async ({ browser, org }) => {
  // 25 hours apart: at any moment these two zones are on different days, so one of them differs from UTC.
  for (const timezoneId of ["Pacific/Kiritimati", "Pacific/Pago_Pago"]) {
    const page = await (await browser.newContext({ timezoneId })).newPage();
    await page.goto(`/careers/${org.organization.slug}/${org.job.slug}`);
    const posted = page.getByRole("definition").filter({ has: page.locator("time") }).first().locator("time");
    const postedAt = await instantOf(posted);
    await expect(posted, timezoneId).toHaveText(formatDate(postedAt, timezoneId));
    await page.context().close();
  }
});

test("the candidate's status page shows their dates in their browser's zone, with the page's nonce", async ({ browser, org }) => {
  const resume = path.join(__dirname, "../test/files/resume.pdf");
  const zones = ["Pacific/Kiritimati", "Pacific/Pago_Pago"];
  const candidate = await (await browser.newContext({ timezoneId: zones[0] })).newPage();
  const refused: string[] = [];
  candidate.on("console", (message) => message.text().includes("Content Security Policy") && refused.push(message.text()));
  await candidate.goto(`/careers/${org.organization.slug}/${org.job.slug}/apply`);
  await candidate.getByLabel("Full name").fill("Tama Zone");
  await candidate.getByLabel("Email").fill(`tama-${randomUUID()}@example.com`);
  await candidate.getByLabel("Resume").setInputFiles(resume);
  await candidate.getByLabel(/I have read/).check();
  await candidate.getByRole("button", { name: "Submit application" }).click();
  await expect(candidate.getByRole("heading", { name: "Application received" })).toBeVisible();
  const statusUrl = candidate.url();

  for (const [index, timezoneId] of zones.entries()) {
    const page = index === 0 ? candidate : await (await browser.newContext({ timezoneId })).newPage();
    if (index > 0) await page.goto(statusUrl);
    const applied = page.getByRole("listitem").filter({ hasText: org.job.title }).locator("time").first();
    await expect(applied, timezoneId).toHaveText(formatDate(await instantOf(applied), timezoneId));
  }
  expect(refused).toEqual([]);
  await expectNoAxeViolations(candidate);
});
