import type { Page } from "@playwright/test";
import type { IsolatedOrganization } from "@/db/fixtures";
import { createOrganization, expect, SignInPage, test } from "./fixtures";

const STAGES = ["Applied", "Screen", "Interview", "Offer", "Hired"] as const;

/** The pipeline board as a recruiter sees it, located the way a screen reader user would find things. */
class BoardPage {
  constructor(
    readonly page: Page,
    readonly org: IsolatedOrganization,
  ) {}

  async goto(query = "") {
    await this.page.goto(`/jobs/${this.org.job.id}/pipeline${query}`);
    await expect(this.page.getByRole("heading", { level: 2, name: "Pipeline" })).toBeVisible();
  }

  column(stage: string) {
    return this.page.getByRole("region", { name: new RegExp(`^${stage}\\b`) });
  }

  card(stage: string, name: string) {
    return this.column(stage).getByRole("link", { name, exact: true });
  }

  /** The board says so once the server has saved a move. */
  async expectSaved(name: string, stage: string) {
    await expect(this.page.getByText(`Moved ${name} to ${stage}.`)).toBeAttached();
    await expect(this.card(stage, name)).toBeVisible();
  }

  async dragWithMouse(name: string, stage: string) {
    const target = await this.column(stage).boundingBox();
    if (!target) throw new Error("column not on screen");
    const [tx, ty] = [target.x + target.width / 2, target.y + 80];
    // Press and move past the pointer sensor's activation distance until the board says the card is
    // picked up: right after a drop, the card may still be settling into its new column.
    await expect(async () => {
      const handle = await this.page.getByRole("button", { name: `Drag ${name}`, exact: true }).boundingBox();
      if (!handle) throw new Error("card not on screen");
      const [x, y] = [handle.x + handle.width / 2, handle.y + handle.height / 2];
      await this.page.mouse.move(x, y);
      await this.page.mouse.down();
      await this.page.mouse.move(x + 12, y + 12, { steps: 4 });
      try {
        await expect(this.page.getByText(`Picked up ${name}.`)).toBeAttached({ timeout: 1_000 });
      } catch (error) {
        await this.page.mouse.up();
        throw error;
      }
    }).toPass();
    await this.page.mouse.move(tx, ty, { steps: 12 });
    // Let go only once the board shows the card over the column, as a person would: on a busy machine
    // the last pointer moves can be handled after a release that comes straight after them.
    let nudge = 0;
    await expect(async () => {
      await this.page.mouse.move(tx, ty + (nudge++ % 2));
      await expect(this.page.getByText(`Moved to ${stage}.`)).toBeAttached({ timeout: 1_000 });
    }).toPass();
    await this.page.mouse.up();
  }

  /** Focus the card's drag button, Space to pick up, ArrowRight to the next stage, Space to drop; hearing each step. */
  async moveWithKeyboard(name: string, nextStage: string) {
    await this.page.getByRole("button", { name: `Drag ${name}`, exact: true }).focus();
    await this.page.keyboard.press("Space");
    await expect(this.page.getByText(`Picked up ${name}.`)).toBeAttached();
    // dnd-kit starts listening for arrow keys in a setTimeout after the pick-up; on a busy machine the
    // key could arrive first and be lost. A timer the page sets now runs after that one.
    await this.page.evaluate(() => new Promise((resolve) => setTimeout(resolve)));
    await this.page.keyboard.press("ArrowRight");
    await expect(this.page.getByText(`Moved to ${nextStage}.`)).toBeAttached();
    await this.page.keyboard.press("Space");
    await expect(this.page.getByText(`Dropped ${name} in ${nextStage}.`)).toBeAttached();
  }

  async moveWithMenu(name: string, stage: string) {
    await this.page.getByRole("button", { name: `Move ${name} to…` }).click();
    await this.page.getByRole("menu", { name: `Move ${name} to` }).getByRole("menuitem", { name: stage }).click();
  }

  async reject(name: string, reason: string) {
    await this.page.getByRole("button", { name: `Reject ${name}`, exact: true }).click();
    const dialog = this.page.getByRole("dialog", { name: `Reject ${name}` });
    await dialog.getByLabel("Reason").selectOption(reason);
    await dialog.getByRole("button", { name: "Reject", exact: true }).click();
    await expect(dialog).toBeHidden();
  }
}

async function signedInBoard(page: Page, org: IsolatedOrganization, role: "recruiter" | "admin" = "recruiter") {
  await new SignInPage(page).signInAs(org.users[role].email, org.password);
  const board = new BoardPage(page, org);
  await board.goto();
  return board;
}

test.describe("pipeline board", () => {
  const methods = {
    "dragging with the mouse": (board: BoardPage, name: string, stage: string) => board.dragWithMouse(name, stage),
    "the keyboard alone": (board: BoardPage, name: string, stage: string) => board.moveWithKeyboard(name, stage),
    "the Move to menu": (board: BoardPage, name: string, stage: string) => board.moveWithMenu(name, stage),
  };
  for (const [method, moveTo] of Object.entries(methods)) {
    test(`a recruiter moves an applicant through every stage by ${method}`, async ({ page, request, expectAccessible }) => {
      test.slow(); // four saved moves and a reload: well over the default budget on a busy machine
      const org = await createOrganization(request, { applicants: 2 });
      const name = org.applicants[0]!.name;
      const board = await signedInBoard(page, org);
      await expect(board.column("Applied")).toContainText("2 applicants");
      await expectAccessible();
      for (const stage of STAGES.slice(1)) {
        await moveTo(board, name, stage);
        await board.expectSaved(name, stage);
      }
      // Saved, not just shown: a fresh load has them hired and the other applicant still in Applied.
      await board.goto();
      await expect(board.column("Hired")).toContainText("1 applicant");
      await expect(board.card("Hired", name)).toBeVisible();
      await expect(board.card("Applied", org.applicants[1]!.name)).toBeVisible();
    });
  }

  test("the Move to menu works with the keyboard alone", async ({ page, request }) => {
    const org = await createOrganization(request, { applicants: 1 });
    const name = org.applicants[0]!.name;
    const board = await signedInBoard(page, org);
    await page.getByRole("button", { name: `Move ${name} to…` }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("menuitem", { name: "Screen" })).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("menuitem", { name: "Interview" })).toBeFocused();
    await page.keyboard.press("Enter");
    await board.expectSaved(name, "Interview");

    // Two moves in quick succession: the second waits for the first's new version instead of failing.
    await board.moveWithMenu(name, "Offer");
    await board.moveWithMenu(name, "Screen");
    await board.expectSaved(name, "Screen");
    await board.goto();
    await expect(board.card("Screen", name)).toBeVisible();
    await expect(page.getByRole("alert").filter({ hasText: "changed by someone else" })).toHaveCount(0);
  });

  test("a rejected applicant goes to the archive with their reason and can be restored", async ({ page, request, expectAccessible }) => {
    const org = await createOrganization(request, { applicants: 2 });
    const name = org.applicants[0]!.name;
    const board = await signedInBoard(page, org);
    await board.reject(name, "Position filled");
    await expect(page.getByRole("status").filter({ hasText: `Rejected ${name}.` })).toBeVisible();
    await expect(board.card("Applied", name)).toHaveCount(0);

    await page.getByRole("link", { name: /Archive/ }).click();
    await expect(page).toHaveURL(/view=archive/);
    const row = page.getByRole("row", { name: new RegExp(name) });
    await expect(row).toContainText("Position filled");
    await expectAccessible();
    await row.getByRole("button", { name: `Restore ${name}` }).click();
    await expect(page.getByRole("status").filter({ hasText: `Restored ${name} to the board.` })).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(name) })).toHaveCount(0);

    await page.getByRole("link", { name: "Board", exact: true }).click();
    await expect(board.card("Applied", name)).toBeVisible();
  });

  test("undoing a rejection restores the applicant and cancels the email", async ({ page, request }) => {
    const org = await createOrganization(request, { applicants: 1 });
    const applicant = org.applicants[0]!;
    const board = await signedInBoard(page, org);
    await board.reject(applicant.name, "Skills don't match the role");
    const toast = page.getByRole("status").filter({ hasText: `Rejected ${applicant.name}. The rejection email goes out in 30 seconds.` });
    await toast.getByRole("button", { name: "Undo" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Restored the applicant. The rejection email was cancelled." })).toBeVisible();
    await expect(board.card("Applied", applicant.name)).toBeVisible();

    await page.goto("/settings/mail");
    const email = page.getByRole("row", { name: new RegExp(applicant.email) });
    await expect(email).toContainText(`Your application for ${org.job.title}`);
    await expect(email).toContainText("Cancelled");
  });

  test("three selected applicants move together", async ({ page, request }) => {
    const org = await createOrganization(request, { applicants: 4 });
    const chosen = org.applicants.slice(0, 3).map((a) => a.name);
    const board = await signedInBoard(page, org);
    await page.getByRole("checkbox", { name: `Select ${chosen[0]}` }).click();
    await page.getByRole("checkbox", { name: `Select ${chosen[1]}` }).click();
    // Keyboard selection too.
    await page.getByRole("checkbox", { name: `Select ${chosen[2]}` }).focus();
    await page.keyboard.press("Space");
    const toolbar = page.getByRole("region", { name: "Selected applicants" });
    await expect(toolbar).toContainText("3 selected");
    await toolbar.getByLabel("Move selected to").selectOption({ label: "Interview" });
    await toolbar.getByRole("button", { name: "Move selected" }).click();
    await expect(page.getByText("Moved 3 applicants to Interview.")).toBeAttached();

    await board.goto();
    await expect(board.column("Interview")).toContainText("3 applicants");
    for (const name of chosen) await expect(board.card("Interview", name)).toBeVisible();
    await expect(board.card("Applied", org.applicants[3]!.name)).toBeVisible();
  });

  test("two recruiters move the same applicant: one succeeds, the other is told it changed", async ({ browser, request }) => {
    const org = await createOrganization(request, { applicants: 1 });
    const name = org.applicants[0]!.name;
    const contexts = await Promise.all([browser.newContext(), browser.newContext()]);
    try {
      const [first, second] = await Promise.all(contexts.map((c) => c.newPage()));
      const recruiterBoard = await signedInBoard(first!, org, "recruiter");
      const adminBoard = await signedInBoard(second!, org, "admin");

      await recruiterBoard.moveWithMenu(name, "Screen");
      await recruiterBoard.expectSaved(name, "Screen");

      // The admin's board still shows the applicant in Applied, at the version before the move.
      await adminBoard.moveWithMenu(name, "Offer");
      await expect(second!.getByRole("alert").filter({ hasText: "This applicant was changed by someone else. The board now shows the latest." })).toBeVisible();
      await expect(adminBoard.card("Screen", name)).toBeVisible();
      await expect(adminBoard.card("Offer", name)).toHaveCount(0);
    } finally {
      await Promise.all(contexts.map((c) => c.close()));
    }
  });

  test("filters live in the URL and narrow every column", async ({ page, request }) => {
    const org = await createOrganization(request, { applicants: 3 });
    const [first, second] = org.applicants as [IsolatedOrganization["applicants"][number], IsolatedOrganization["applicants"][number]];
    const board = await signedInBoard(page, org);
    const search = page.getByRole("search", { name: "Filter applicants" });
    await search.getByLabel("Name or email").fill(second.email);
    await search.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(second.email).replace(/\./g, "\\.")}`));
    await expect(board.card("Applied", second.name)).toBeVisible();
    await expect(board.card("Applied", first.name)).toHaveCount(0);
    await expect(board.column("Applied")).toContainText("1 applicant");

    // The URL alone reproduces the board.
    await board.goto(`?source=${encodeURIComponent("careers page")}&from=2000-01-01`);
    await expect(page.getByLabel("Source")).toHaveValue("careers page");
    await expect(board.column("Applied")).toContainText("3 applicants");
    await board.goto("?to=2000-01-01");
    await expect(page.getByText("No applicants match these filters.")).toBeVisible();
  });

  test("a long column shows its first 30 cards and loads the rest on demand", async ({ page, request }) => {
    const org = await createOrganization(request, { applicants: 33 });
    const board = await signedInBoard(page, org);
    const applied = board.column("Applied");
    await expect(applied).toContainText("33 applicants");
    await expect(applied.getByRole("listitem")).toHaveCount(30);
    await applied.getByRole("button", { name: "Show more (3 more) in Applied" }).click();
    await expect(applied.getByRole("listitem")).toHaveCount(33);
    await expect(applied.getByRole("button", { name: /Show more/ })).toHaveCount(0);
    for (const applicant of org.applicants) await expect(board.card("Applied", applicant.name)).toBeAttached();
  });

  test("the rejection settings page is accessible and saves reasons that the reject dialog then offers", async ({ page, request, expectAccessible }) => {
    const org = await createOrganization(request, { applicants: 1 });
    await new SignInPage(page).signInAs(org.users.admin.email, org.password);
    await page.goto("/settings");
    await page.getByRole("link", { name: "Rejection reasons and email" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Rejection reasons and email" })).toBeVisible();
    await expectAccessible();

    await page.getByRole("button", { name: "Add a reason" }).click();
    const added = page.getByRole("textbox", { name: "Reason 8" });
    await expect(added).toBeFocused();
    await added.fill("Position filled");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("This reason is already in the list")).toBeVisible();
    await added.fill("Relocated the role");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Saved. New rejections use these reasons and this email.")).toBeVisible();

    const board = new BoardPage(page, org);
    await board.goto();
    await page.getByRole("button", { name: `Reject ${org.applicants[0]!.name}`, exact: true }).click();
    await expect(page.getByRole("dialog").getByRole("option", { name: "Relocated the role" })).toBeAttached();
  });
});
