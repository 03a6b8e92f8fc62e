import type { Page } from "@playwright/test";
import type { IsolatedOrganization } from "@/db/fixtures";
import { BoardPage, signedInBoard } from "./board";
import { collectViolations } from "./csp";
import { createOrganization, expect, SignInPage, signedInPage, test } from "./fixtures";

// Stage actions outside the board (issue 18): Move to… and Reject… on the application page and the
// profile, next and previous candidate in the stage, and the shortcuts. They go through the board's own
// actions; pipeline.spec.ts and pipeline-board.spec.ts cover those on the board.

const STALE = "This applicant was changed by someone else. The page now shows the latest.";

/** The application page's parts, found the way a screen reader user finds them. */
function applicationPage(page: Page, name: string) {
  return {
    heading: page.getByRole("heading", { level: 1, name }),
    stage: (stage: string) => page.getByText(`Stage: ${stage}`, { exact: true }),
    move: page.getByRole("button", { name: /^Move to…/ }),
    // A menu button's menu is named by its button.
    menu: page.getByRole("menu", { name: /^Move to…/ }),
    reject: page.getByRole("button", { name: /^Reject…/ }),
    rejectDialog: page.getByRole("dialog", { name: `Reject ${name}` }),
    toast: (text: string | RegExp) => page.getByRole("region", { name: /^Notifications/ }).getByRole("listitem").filter({ hasText: text }),
  };
}

async function openApplication(page: Page, org: IsolatedOrganization, index = 0) {
  const applicant = org.applicants[index]!;
  await page.goto(`/applications/${applicant.applicationId}`);
  const view = applicationPage(page, applicant.name);
  await expect(view.heading).toBeVisible();
  return { ...view, name: applicant.name };
}

/** The applicants' names in a board column, top to bottom. */
const namesIn = (board: BoardPage, stage: string) => board.column(stage).getByRole("listitem").getByRole("link").allTextContents();

const focusOnBody = (page: Page) => page.evaluate(() => !document.activeElement || document.activeElement === document.body);

test.describe("stage actions on the application page", () => {
  test("Move to… changes the stage, says so with an Undo that works, and keeps focus on the Move button", async ({ page, request, expectAccessible }) => {
    const violations = collectViolations(page);
    const org = await createOrganization(request, { applicants: 1 });
    await new SignInPage(page).signInAs(org.users.recruiter.email, org.password);
    const view = await openApplication(page, org);
    await expect(view.stage("Applied")).toBeVisible();
    await expectAccessible();

    await view.move.click();
    await expect(view.menu.getByRole("menuitem")).toHaveText(["Screen", "Interview", "Offer", "Hired"]);
    await expectAccessible();
    await view.menu.getByRole("menuitem", { name: "Screen" }).click();
    const moved = view.toast(`Moved ${view.name} to Screen.`);
    await expect(moved).toBeVisible();
    await expect(view.stage("Screen")).toBeVisible();
    await expect(view.move).toBeFocused();
    await expect(page.getByRole("list", { name: "History of this application" })).toContainText("Moved from Applied to Screen");
    // The toast waits while the pointer is on it: axe on a slow machine can take longer than its 8 s.
    await moved.hover();
    await expectAccessible();

    await moved.getByRole("button", { name: "Undo" }).click();
    await expect(view.toast(`Moved ${view.name} back to Applied.`)).toBeVisible();
    await expect(view.stage("Applied")).toBeVisible();
    await expect(view.move).toBeFocused();
    await page.reload();
    await expect(view.stage("Applied")).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("a page left open while someone else moved the applicant is told so, not written over", async ({ browser, page, request }) => {
    test.slow(); // two people's browsers
    const org = await createOrganization(request, { applicants: 1 });
    await new SignInPage(page).signInAs(org.users.recruiter.email, org.password);
    const view = await openApplication(page, org);

    const admin = await signedInPage(browser, org.users.admin.email, org.password);
    try {
      const other = await openApplication(admin, org);
      await other.move.click();
      await other.menu.getByRole("menuitem", { name: "Offer" }).click();
      await expect(other.stage("Offer")).toBeVisible();
    } finally {
      await admin.context().close();
    }

    await view.move.click();
    await view.menu.getByRole("menuitem", { name: "Interview" }).click();
    await expect(page.getByRole("alert").filter({ hasText: STALE })).toBeFocused();
    await expect(view.stage("Offer")).toBeVisible();
    await page.reload();
    await expect(view.stage("Offer")).toBeVisible();
  });

  test("Reject… asks for a reason in a dialog, rejects, and Undo brings the applicant back", async ({ page, request, expectAccessible }) => {
    const org = await createOrganization(request, { applicants: 1 });
    await new SignInPage(page).signInAs(org.users.recruiter.email, org.password);
    const view = await openApplication(page, org);

    await view.reject.click();
    await expect(view.rejectDialog).toBeVisible();
    await expectAccessible();
    // Without a reason it is refused, on the field.
    await view.rejectDialog.getByRole("button", { name: "Reject", exact: true }).click();
    await expect(view.rejectDialog.getByLabel("Reason")).toBeFocused();
    await view.rejectDialog.getByLabel("Reason").selectOption("Position filled");
    await view.rejectDialog.getByRole("button", { name: "Reject", exact: true }).click();
    await expect(view.rejectDialog).toBeHidden();
    const rejected = view.toast(new RegExp(`^Rejected ${view.name}\\. The rejection email goes out in`));
    await expect(rejected).toBeVisible();
    await expect(page.getByText("Status: Rejected", { exact: true })).toBeVisible();
    await expect(view.move).toHaveCount(0);
    await expect(view.reject).toHaveCount(0);
    await expect(view.heading).toBeFocused();

    await rejected.getByRole("button", { name: "Undo" }).click();
    await expect(view.toast("Restored the applicant. The rejection email was cancelled.")).toBeVisible();
    await expect(view.move).toBeFocused();
    await expect(page.getByText("Status: Rejected", { exact: true })).toHaveCount(0);
    await expect(view.reject).toBeVisible();
  });
});

test.describe("next and previous candidate", () => {
  test("walk the stage in the board's order, keep the board's filters, and are disabled at the ends", async ({ page, request, expectAccessible }) => {
    const org = await createOrganization(request, { applicants: 3 });
    const board = await signedInBoard(page, org);
    const [first, second, third] = (await namesIn(board, "Applied")) as [string, string, string];

    // Opened from a filtered board: the filters travel along.
    await board.goto("?source=careers+page");
    await board.card("Applied", first).click();
    await expect(page).toHaveURL(/\/applications\/[^/?]+\?source=careers\+page$/);
    const walk = page.getByRole("navigation", { name: "Candidates in this stage" });
    await expect(walk.getByRole("link", { name: /^Previous candidate/ })).toHaveAttribute("aria-disabled", "true");
    await expectAccessible();

    await walk.getByRole("link", { name: `Next candidate: ${second}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: second })).toBeVisible();
    await expect(page).toHaveURL(/\?source=careers\+page$/);
    // Walking on: focus is on the same link of the new page, never lost.
    await expect(walk.getByRole("link", { name: `Next candidate: ${third}` })).toBeFocused();
    await expect(walk.getByRole("link", { name: `Previous candidate: ${first}` })).toBeVisible();

    await page.keyboard.press("j");
    await expect(page.getByRole("heading", { level: 1, name: third })).toBeVisible();
    await expect(walk.getByRole("link", { name: /^Next candidate/ })).toHaveAttribute("aria-disabled", "true");
    expect(await focusOnBody(page)).toBe(false);
    await page.keyboard.press("k");
    await expect(page.getByRole("heading", { level: 1, name: second })).toBeVisible();
    expect(await focusOnBody(page)).toBe(false);
  });
});

test.describe("shortcuts on the application page and the profile", () => {
  test("? lists them, m opens Move to…, r opens Reject, and none fires while typing a note", async ({ page, request, expectAccessible }) => {
    const violations = collectViolations(page);
    const org = await createOrganization(request, { applicants: 2 });
    await new SignInPage(page).signInAs(org.users.recruiter.email, org.password);
    const view = await openApplication(page, org);
    const url = page.url();

    await page.keyboard.press("?");
    const help = page.getByRole("dialog", { name: "Shortcuts on this page" });
    await expect(help).toBeVisible();
    for (const text of ["Next candidate in this stage", "Previous candidate in this stage", "Move to another stage", "Reject the applicant"]) await expect(help).toContainText(text);
    await expectAccessible();
    await page.keyboard.press("Escape");
    await expect(help).toBeHidden();
    await expect(page.getByRole("button", { name: "Keyboard shortcuts" })).toBeFocused();

    await page.keyboard.press("m");
    await expect(view.menu).toBeVisible();
    await expect(view.menu.getByRole("menuitem", { name: "Screen" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(view.move).toBeFocused();

    await page.keyboard.press("r");
    await expect(view.rejectDialog).toBeVisible();
    // Inside the dialog the letters are text.
    await view.rejectDialog.getByLabel("Note (optional)").pressSequentially("jkmr?");
    await expect(view.rejectDialog.getByLabel("Note (optional)")).toHaveValue("jkmr?");
    await view.rejectDialog.getByRole("button", { name: "Cancel" }).click();
    await expect(view.rejectDialog).toBeHidden();
    await expect(view.reject).toBeFocused();

    // In the note's text area every shortcut is just a letter.
    const note = page.getByRole("textbox", { name: "Note" });
    await note.focus();
    await page.keyboard.type("jkmr?");
    await expect(note).toHaveValue("jkmr?");
    await expect(note).toBeFocused();
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(page.getByRole("menu")).toHaveCount(0);
    expect(page.url()).toBe(url);
    expect(violations).toEqual([]);
  });

  test("on the profile the actions apply to their application, m works, and each history is shown once", async ({ page, request, expectAccessible }) => {
    const org = await createOrganization(request, { applicants: 1 });
    const [applicant] = org.applicants;
    await new SignInPage(page).signInAs(org.users.recruiter.email, org.password, `/candidates/${applicant!.candidateId}`);
    const application = page.getByRole("region", { name: "Applications" }).getByRole("article", { name: org.job.title });
    const move = application.getByRole("button", { name: `Move to… (${org.job.title})` });

    await page.keyboard.press("m");
    const menu = page.getByRole("menu", { name: `Move to… (${org.job.title})` });
    await expect(menu.getByRole("menuitem", { name: "Screen" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("region", { name: /^Notifications/ }).getByText(`Moved ${applicant!.name} to Screen.`)).toBeVisible();
    await expect(application.getByText("Stage: Screen", { exact: true })).toBeVisible();
    await expect(move).toBeFocused();

    const history = application.getByRole("list", { name: `History of the ${org.job.title} application` });
    await expect(history.getByRole("listitem")).toHaveText([/Applied \(stage: Applied\)/, /Moved from Applied to Screen/]);
    // Once: the activity timeline does not repeat the application's history.
    await expect(page.getByRole("region", { name: "Activity" })).not.toContainText("Moved from Applied to Screen");
    await expect(page.getByText("Moved from Applied to Screen")).toHaveCount(1);

    await application.getByRole("button", { name: `Reject… (${org.job.title})` }).click();
    await expect(page.getByRole("dialog", { name: `Reject ${applicant!.name}` })).toBeVisible();
    await expectAccessible();
    await page.keyboard.press("Escape");
    await expect(application.getByRole("button", { name: `Reject… (${org.job.title})` })).toBeFocused();
  });
});

test.describe("a profile with several applications", () => {
  test("gives each application its own actions, and leaves m and r alone since they would be ambiguous", async ({ page, request, expectAccessible }) => {
    const org = await createOrganization(request, { applicants: 1, extraJobs: 1 });
    const [applicant] = org.applicants;
    const [extraJob] = org.extraJobs;
    await new SignInPage(page).signInAs(org.users.recruiter.email, org.password, `/candidates/${applicant!.candidateId}`);
    await page.getByLabel("Job", { exact: true }).selectOption({ label: `${extraJob!.title} (Draft)` });
    await page.getByRole("button", { name: "Add to job" }).click();
    const applications = page.getByRole("region", { name: "Applications" });
    const first = applications.getByRole("article", { name: org.job.title });
    const added = applications.getByRole("article", { name: extraJob!.title });
    const moveAdded = added.getByRole("button", { name: `Move to… (${extraJob!.title})` });
    await expect(moveAdded).toBeVisible();
    await expectAccessible();

    await moveAdded.click();
    await page.getByRole("menu", { name: `Move to… (${extraJob!.title})` }).getByRole("menuitem", { name: "Interview" }).click();
    await expect(added.getByText("Stage: Interview", { exact: true })).toBeVisible();
    await expect(moveAdded).toBeFocused();
    await expect(first.getByText("Stage: Applied", { exact: true })).toBeVisible();
    await expect(added.getByRole("list", { name: `History of the ${extraJob!.title} application` })).toContainText("Moved from Applied to Interview");
    await expect(first.getByRole("list", { name: `History of the ${org.job.title} application` })).not.toContainText("Moved");

    await page.keyboard.press("m");
    await page.keyboard.press("r");
    await page.keyboard.press("?");
    await expect(moveAdded).toBeFocused();
    await expect(page.getByRole("menu")).toHaveCount(0);
    await expect(page.getByRole("dialog")).toHaveCount(0);
  });
});

test.describe("the application page and the profile on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("neither scrolls sideways, and both pass axe", async ({ page, request, expectAccessible }) => {
    const org = await createOrganization(request, { applicants: 3 });
    await new SignInPage(page).signInAs(org.users.recruiter.email, org.password);
    const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
    const view = await openApplication(page, org, 1);
    await expect(view.move).toBeVisible();
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    await expectAccessible();
    await view.move.click();
    await expect(view.menu).toBeVisible();
    expect(await pageWidth()).toBeLessThanOrEqual(390);

    await page.goto(`/candidates/${org.applicants[1]!.candidateId}`);
    await expect(page.getByRole("button", { name: /^Move to…/ })).toBeVisible();
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    await expectAccessible();
  });
});
