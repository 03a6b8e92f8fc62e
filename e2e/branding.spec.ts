import { randomUUID } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import { callServerAction } from "./actions";
import { applyThroughForm } from "./candidates";
import { expect, test } from "./fixtures";
import { waitForMail } from "./mailbox";

// Settings → Organisation: an admin brands the careers site; candidates see it on every careers page,
// the application form and the confirmation email.

const TEAL = "#0f766e";
const SVG_LOGO = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40" onload="alert('xss')"><script>alert(1)</script><circle cx="20" cy="20" r="18" fill="${TEAL}"/></svg>`;

const saved = (page: Page) => page.getByRole("status").filter({ hasText: "Organisation settings saved." });

async function openSettings(page: Page, email: string, password: string, signIn: (email: string, password: string) => Promise<void>) {
  await signIn(email, password);
  await page.goto("/settings/organization");
  await expect(page.getByRole("heading", { name: "Organisation", level: 1 })).toBeVisible();
}

/** The computed colour of an element, as rgb(…). */
const colorOf = (locator: Locator, property: "color" | "background-color") =>
  locator.first().evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);

test.describe("organisation branding", () => {
  test("an admin uploads a logo and sets colour, introduction and privacy notice; the careers pages show them at once, accessibly", async ({
    page,
    org,
    signInPage,
    expectAccessible,
  }) => {
    test.setTimeout(120_000);
    const careers = `/careers/${org.organization.slug}`;
    // Stored before the change: the change must replace it at once.
    await page.goto(careers);
    await expect(page.locator("header img")).toHaveCount(0);

    await openSettings(page, org.users.admin.email, org.password, (e, p) => signInPage.signInAs(e, p));
    await expectAccessible();
    await page.getByLabel("Upload a logo").setInputFiles({ name: "logo.svg", mimeType: "image/svg+xml", buffer: Buffer.from(SVG_LOGO) });
    await page.getByLabel("Brand colour").fill(TEAL);
    await page.getByLabel("Careers page introduction").fill("We build **friendly robots** for hospitals.");
    await page.getByLabel("Privacy notice", { exact: true }).fill("We keep applications for **one year**, then delete them.");
    await page.getByRole("form", { name: "Organisation profile" }).getByRole("button", { name: "Save" }).click();
    await expect(saved(page)).toBeVisible();
    await expect(page.getByRole("img", { name: "Current logo" })).toBeVisible();
    await expectAccessible();

    // The careers index: logo, brand colour on buttons and links, the introduction.
    await page.goto(careers);
    const logo = page.locator("header img");
    await expect(logo).toHaveAttribute("src", new RegExp(`^/api/careers/${org.organization.slug}/logo\\?v=[0-9a-f]{16}$`));
    await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await expect(page.getByRole("region", { name: `About ${org.organization.name}` })).toContainText("We build friendly robots for hospitals.");
    await expect(page.getByRole("region", { name: `About ${org.organization.name}` }).locator("strong")).toHaveText("friendly robots");
    expect(await colorOf(page.getByRole("button", { name: "Show jobs" }), "background-color")).toBe("rgb(15, 118, 110)");
    expect(await colorOf(page.getByRole("link", { name: org.job.title }), "color")).toBe("rgb(15, 118, 110)");
    await expectAccessible();

    // The logo is served from our origin, typed, inert, and without the script it was uploaded with.
    const served = await page.request.get((await logo.getAttribute("src"))!);
    expect(served.headers()["content-type"]).toBe("image/svg+xml");
    expect(served.headers()["x-content-type-options"]).toBe("nosniff");
    expect(served.headers()["content-security-policy"]).toMatch(/default-src 'none'.*sandbox/);
    const body = await served.text();
    expect(body).toContain("<circle");
    expect(body).not.toMatch(/script|onload|alert/);

    // The posting and the application form, with the privacy notice.
    await page.getByRole("link", { name: org.job.title }).click();
    await expect(page.locator("header img")).toBeVisible();
    expect(await colorOf(page.getByRole("link", { name: "Apply for this job" }), "background-color")).toBe("rgb(15, 118, 110)");
    await expectAccessible();
    await page.getByRole("link", { name: "Apply for this job" }).click();
    await page.getByText(/Read .*privacy notice/).click();
    await expect(page.getByText("We keep applications for one year, then delete them.")).toBeVisible();
    await expectAccessible();
    await page.goto(`${careers}/privacy`);
    await expect(page.getByRole("main")).toContainText("We keep applications for one year, then delete them.");
    await expectAccessible();
  });

  test("the confirmation email carries the organisation's logo, name and colour", async ({ page, org, signInPage }) => {
    await openSettings(page, org.users.admin.email, org.password, (e, p) => signInPage.signInAs(e, p));
    await page.getByLabel("Upload a logo").setInputFiles({ name: "logo.svg", mimeType: "image/svg+xml", buffer: Buffer.from(SVG_LOGO) });
    await page.getByLabel("Brand colour").fill(TEAL);
    await page.getByRole("form", { name: "Organisation profile" }).getByRole("button", { name: "Save" }).click();
    await expect(saved(page)).toBeVisible();

    const email = `branded-${randomUUID()}@example.com`;
    await applyThroughForm(page, { orgSlug: org.organization.slug, jobSlug: org.job.slug, name: "Bea Branded", email });
    const mail = await waitForMail(email);
    expect(mail.text).toContain("Hi Bea Branded");
    expect(mail.html).toMatch(new RegExp(`<img src="http://[^"]+/api/careers/${org.organization.slug}/logo\\?v=[0-9a-f]{16}"`));
    expect(mail.html).toContain(org.organization.name);
    expect(mail.html).toContain(`color:${TEAL}`);
  });

  test("a colour failing WCAG AA contrast and an HTML page named logo.png are refused with messages on their fields", async ({ page, org, signInPage }) => {
    await openSettings(page, org.users.admin.email, org.password, (e, p) => signInPage.signInAs(e, p));
    const colour = page.getByLabel("Brand colour");
    await colour.fill("#ffcc00");
    await page.getByRole("form", { name: "Organisation profile" }).getByRole("button", { name: "Save" }).click();
    await expect(colour).toHaveAttribute("aria-invalid", "true");
    await expect(colour).toBeFocused();
    await expect(colour).toHaveAccessibleDescription(/too light for buttons and links.*WCAG AA needs at least 4\.5:1/);

    // The server refuses it too, whatever the browser checked.
    const { result } = await callServerAction<{ ok: boolean; fieldErrors?: Record<string, string[]> }>(page, {
      file: "app/(dashboard)/settings/organization/actions.ts",
      action: "updateOrganizationProfileAction",
      args: [{ name: org.organization.name, brandColor: "#ffcc00" }],
      from: "/settings/organization",
    });
    expect(result?.ok).toBe(false);
    expect(result?.fieldErrors?.brandColor?.[0]).toMatch(/too light/);

    await colour.fill("");
    const logo = page.getByLabel("Upload a logo");
    await logo.setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from("<html><body><script>alert(1)</script></body></html>") });
    await page.getByRole("form", { name: "Organisation profile" }).getByRole("button", { name: "Save" }).click();
    await expect(logo).toHaveAccessibleDescription(/must be a PNG, JPEG or SVG image/);
    await expect(saved(page)).toHaveCount(0);

    // Nothing reached the careers pages.
    await page.goto(`/careers/${org.organization.slug}`);
    await expect(page.locator("header img")).toHaveCount(0);
    expect(await colorOf(page.getByRole("button", { name: "Show jobs" }), "background-color")).not.toBe("rgb(255, 204, 0)");
  });
});
