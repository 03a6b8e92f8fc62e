import type { Locator, Page } from "@playwright/test";
import { BoardPage, signedInBoard } from "./board";
import { collectViolations } from "./csp";
import { createOrganization, expect, test } from "./fixtures";

// The board's look and keyboard: the menu in a portal, focus that follows a moved card, roving tabindex,
// shortcuts, Undo, the phone view. pipeline.spec.ts covers moving, rejecting and filtering themselves.

/** Wholly inside the window and on top where it is drawn: nothing clips or covers it. */
async function expectFullyVisible(element: Locator) {
  await expect(element).toBeInViewport({ ratio: 1 });
  const onTop = await element.evaluate((node) => {
    const box = node.getBoundingClientRect();
    return node.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
  });
  expect(onTop, "the element is the one drawn at its centre").toBe(true);
}

async function expectMenuFullyVisible(board: BoardPage, name: string) {
  await board.actions(name).click();
  const menu = board.menu(name);
  await expect(menu).toBeVisible();
  await expectFullyVisible(menu);
  for (const item of ["Screen", "Interview", "Offer", "Hired", "Reject…"]) await expectFullyVisible(menu.getByRole("menuitem", { name: item, exact: true }));
}

/** The applicants' names in a column, top to bottom. */
async function namesIn(board: BoardPage, stage: string) {
  return board.column(stage).getByRole("listitem").getByRole("link").allTextContents();
}

const focusedInsideACard = (page: Page) => page.evaluate(() => Boolean(document.activeElement?.closest('[data-testid="board-card"]')));

test.describe("the pipeline board on a desktop", () => {
  test("a card's actions menu shows whole in a column with one card, with no policy violation", async ({ page, request, expectAccessible }) => {
    const violations = collectViolations(page);
    const org = await createOrganization(request, { applicants: 1 });
    const board = await signedInBoard(page, org);
    await expectMenuFullyVisible(board, org.applicants[0]!.name);
    await expectAccessible();
    await page.keyboard.press("Escape");
    await expect(board.menu(org.applicants[0]!.name)).toBeHidden();
    await expect(board.actions(org.applicants[0]!.name)).toBeFocused();
    expect(violations).toEqual([]);
  });

  test("focus follows the moved card after a menu move, a keyboard move and a drag", async ({ page, request }) => {
    test.slow(); // three saved moves, one of them dragged
    const org = await createOrganization(request, { applicants: 2 });
    const name = org.applicants[0]!.name;
    const board = await signedInBoard(page, org);

    await board.moveWithMenu(name, "Screen");
    await board.expectSaved(name, "Screen");
    await expect(board.card("Screen", name)).toBeFocused();

    await board.moveWithKeyboard(name, "Interview");
    await board.expectSaved(name, "Interview");
    await expect(board.column("Interview").getByRole("button", { name: `Drag ${name}` })).toBeFocused();

    await board.dragWithMouse(name, "Offer");
    await board.expectSaved(name, "Offer");
    await expect(board.column("Offer").getByRole("button", { name: `Drag ${name}` })).toBeFocused();
  });

  test("the drag handles' instructions are there to be read, in the server's page and after it has started", async ({ page, request }) => {
    const org = await createOrganization(request, { applicants: 1 });
    const name = org.applicants[0]!.name;
    const board = await signedInBoard(page, org);
    const handle = page.getByRole("button", { name: `Drag ${name}` });
    const describedBy = await handle.getAttribute("aria-describedby");
    expect(describedBy).toBeTruthy();
    await expect(page.locator(`[id="${describedBy}"]`)).toHaveCount(1);
    await expect(handle).toHaveAccessibleDescription(/press Space or Enter on the drag button to pick them up/);
    // The same id in the HTML the server sent: a screen reader that arrives before hydration reads it too.
    const html = await (await page.request.get(`/jobs/${board.org.job.id}/pipeline`)).text();
    expect(html).toContain(`aria-describedby="${describedBy}"`);
  });

  test("the board is one stop in the Tab order and the arrow keys go from card to card", async ({ page, request }) => {
    const org = await createOrganization(request, { applicants: 3 });
    const board = await signedInBoard(page, org);
    const [first, second, third] = (await namesIn(board, "Applied")) as [string, string, string];

    // Tab from the control before the board: the first card's checkbox, name, actions and drag handle, then out.
    await page.getByRole("button", { name: "Keyboard shortcuts" }).focus();
    for (const control of [page.getByRole("checkbox", { name: `Select ${first}` }), board.card("Applied", first), board.actions(first), page.getByRole("button", { name: `Drag ${first}` })]) {
      await page.keyboard.press("Tab");
      await expect(control).toBeFocused();
    }
    await page.keyboard.press("Tab");
    expect(await focusedInsideACard(page), "the next Tab leaves the board").toBe(false);
    await expect(page.getByTestId("board-card").locator('[tabindex="0"], a:not([tabindex]), button:not([tabindex])')).toHaveCount(4);

    await board.card("Applied", first).focus();
    const arrows: [string, string][] = [["ArrowDown", second], ["ArrowDown", third], ["ArrowDown", third], ["ArrowUp", second], ["Home", first], ["End", third]];
    for (const [key, name] of arrows) {
      await page.keyboard.press(key);
      await expect(board.card("Applied", name)).toBeFocused();
    }

    // Sideways past the empty Screen stage, and back to the same row or the nearest.
    await board.moveWithMenu(second, "Interview");
    await board.expectSaved(second, "Interview");
    await board.card("Applied", third).focus();
    await page.keyboard.press("ArrowRight");
    await expect(board.card("Interview", second)).toBeFocused();
    await page.keyboard.press("ArrowLeft");
    await expect(board.card("Applied", first)).toBeFocused();
    // The card focused last is the board's Tab stop now.
    await page.getByRole("button", { name: "Keyboard shortcuts" }).focus();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("checkbox", { name: `Select ${first}` })).toBeFocused();
  });

  test("shortcuts go between cards, open the actions and the reject dialog, list themselves, and do nothing in a text field", async ({ page, request, expectAccessible }) => {
    const violations = collectViolations(page);
    const org = await createOrganization(request, { applicants: 2 });
    const board = await signedInBoard(page, org);
    const [first, second] = (await namesIn(board, "Applied")) as [string, string];

    await page.keyboard.press("?");
    const help = page.getByRole("dialog", { name: "Board shortcuts" });
    await expect(help).toBeVisible();
    await expect(help).toContainText("Next applicant");
    await expect(help).toContainText("Reject the applicant");
    await expectAccessible();
    await page.keyboard.press("Escape");
    await expect(help).toBeHidden();

    await page.keyboard.press("j");
    await expect(board.card("Applied", first)).toBeFocused();
    await page.keyboard.press("j");
    await expect(board.card("Applied", second)).toBeFocused();
    await page.keyboard.press("k");
    await expect(board.card("Applied", first)).toBeFocused();

    await page.keyboard.press("m");
    await expect(board.menu(first)).toBeVisible();
    await expect(board.menu(first).getByRole("menuitem", { name: "Screen" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(board.actions(first)).toBeFocused();

    await board.card("Applied", first).focus();
    await page.keyboard.press("r");
    const reject = page.getByRole("dialog", { name: `Reject ${first}` });
    await expect(reject).toBeVisible();
    // Inside the dialog the letters are text.
    await reject.getByLabel("Note (optional)").pressSequentially("jk?");
    await expect(reject.getByLabel("Note (optional)")).toHaveValue("jk?");
    await expect(help).toBeHidden();
    await reject.getByRole("button", { name: "Cancel" }).click();
    await expect(reject).toBeHidden();
    await expect(board.card("Applied", first)).toBeFocused();

    // In the filter's text field every shortcut is just a letter.
    const search = page.getByRole("searchbox", { name: "Name or email" });
    await search.focus();
    await page.keyboard.type("jkmr?");
    await expect(search).toHaveValue("jkmr?");
    await expect(search).toBeFocused();
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(page.getByRole("menu")).toHaveCount(0);
    expect(violations).toEqual([]);
  });

  test("Undo moves the applicant back through the same checked move, and says so when someone changed them since", async ({ browser, page, request, expectAccessible }) => {
    test.slow(); // two recruiters' browsers
    const violations = collectViolations(page);
    const org = await createOrganization(request, { applicants: 1 });
    const name = org.applicants[0]!.name;
    const board = await signedInBoard(page, org);

    await board.moveWithMenu(name, "Screen");
    const moved = board.toast(`Moved ${name} to Screen.`);
    await expect(moved).toBeVisible();
    // The toast stays while the pointer is on it: axe on a slow machine can take longer than its 8 s.
    await moved.hover();
    await expectAccessible();
    await moved.getByRole("button", { name: "Undo" }).click();
    await expect(board.toast(`Moved ${name} back to Applied.`)).toBeVisible();
    await expect(board.card("Applied", name)).toBeFocused();
    await board.goto();
    await expect(board.card("Applied", name)).toBeVisible();

    // Moved again; an admin moves them on before the Undo.
    await board.moveWithMenu(name, "Interview");
    const second = board.toast(`Moved ${name} to Interview.`);
    await expect(second).toBeVisible();
    await second.hover(); // a toast waits while the pointer is on it
    const admin = await browser.newContext();
    try {
      const adminBoard = await signedInBoard(await admin.newPage(), org, "admin");
      await adminBoard.moveWithMenu(name, "Offer");
      await adminBoard.expectSaved(name, "Offer");
    } finally {
      await admin.close();
    }
    await second.getByRole("button", { name: "Undo" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Nothing was undone. This applicant was changed by someone else." })).toBeFocused();
    await expect(board.card("Offer", name)).toBeVisible();
    await expect(board.card("Interview", name)).toHaveCount(0);
    expect(violations).toEqual([]);
  });

  test("ticking cards brings a toolbar over the bottom of the window without moving the board", async ({ page, request, expectAccessible }) => {
    const org = await createOrganization(request, { applicants: 3 });
    const board = await signedInBoard(page, org);
    const [first] = (await namesIn(board, "Applied")) as [string];
    const before = await board.card("Applied", first).boundingBox();
    await page.getByRole("checkbox", { name: `Select ${first}` }).check();
    const toolbar = page.getByRole("region", { name: "Selected applicants" });
    await expect(toolbar).toContainText("1 selected");
    await expectFullyVisible(toolbar);
    expect(await board.card("Applied", first).boundingBox()).toEqual(before);
    await expectAccessible();
    await toolbar.getByRole("button", { name: "Clear selection" }).click();
    await expect(toolbar).toBeHidden();
    await expect(page.getByRole("checkbox", { name: `Select ${first}` })).toBeFocused();
  });
});

test.describe("the pipeline board on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("shows one stage at a time without scrolling sideways, and the menu and its moves work", async ({ page, request, expectAccessible }) => {
    const org = await createOrganization(request, { applicants: 2 });
    const name = org.applicants[0]!.name;
    const board = await signedInBoard(page, org);
    const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    await expectAccessible();

    const stages = page.getByRole("group", { name: "Stage shown" });
    await expect(stages.getByRole("button", { name: "Applied (2)" })).toHaveAttribute("aria-pressed", "true");
    await expect(board.column("Applied")).toBeVisible();
    await expect(board.column("Screen")).toBeHidden();
    await stages.getByRole("button", { name: "Screen (0)" }).click();
    await expect(board.column("Screen")).toBeVisible();
    await expect(board.column("Applied")).toBeHidden();
    await stages.getByRole("button", { name: "Applied (2)" }).click();

    await expectMenuFullyVisible(board, name);
    await board.menu(name).getByRole("menuitem", { name: "Interview", exact: true }).click();
    await board.expectSaved(name, "Interview");
    // The view follows the card to its new stage, with focus on it.
    await expect(board.card("Interview", name)).toBeFocused();
    await expect(stages.getByRole("button", { name: "Interview (1)" })).toHaveAttribute("aria-pressed", "true");
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    await expectAccessible();
  });
});
