import type { Page } from "@playwright/test";
import type { IsolatedOrganization } from "@/db/fixtures";
import { expect, SignInPage } from "./fixtures";

/** Helpers for the pipeline board specs. */

export const STAGES = ["Applied", "Screen", "Interview", "Offer", "Hired"] as const;

/** The pipeline board as a recruiter sees it, located the way a screen reader user would find things. */
export class BoardPage {
  constructor(
    readonly page: Page,
    readonly org: IsolatedOrganization,
  ) {}

  async goto(query = "") {
    await this.page.goto(`/jobs/${this.org.job.id}/pipeline${query}`);
    await expect(this.page.getByRole("heading", { level: 2, name: "Pipeline" })).toBeVisible();
    // Keys pressed before the board has hydrated reach no listener: its shortcuts and drag sensors come with it.
    await expect(this.page.getByTestId("pipeline-board")).toHaveAttribute("data-hydrated");
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
    // The board scrolls sideways: bring the stage to the middle, as a person would before dragging (away
    // from the edges, where holding a card scrolls the board on).
    await this.column(stage).evaluate((column) => column.scrollIntoView({ inline: "center", block: "nearest" }));
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

  /** A card's actions menu button; its menu has the same name. */
  actions(name: string) {
    return this.page.getByRole("button", { name: `Actions for ${name}`, exact: true });
  }

  menu(name: string) {
    return this.page.getByRole("menu", { name: `Actions for ${name}` });
  }

  async moveWithMenu(name: string, stage: string) {
    await this.actions(name).click();
    await this.menu(name).getByRole("menuitem", { name: stage, exact: true }).click();
  }

  /** A toast, found among the notifications the way a screen reader user would find it. */
  toast(text: string | RegExp) {
    return this.page.getByRole("region", { name: /^Notifications/ }).getByRole("listitem").filter({ hasText: text });
  }

  async reject(name: string, reason: string) {
    await this.actions(name).click();
    await this.menu(name).getByRole("menuitem", { name: "Reject…" }).click();
    const dialog = this.page.getByRole("dialog", { name: `Reject ${name}` });
    await dialog.getByLabel("Reason").selectOption(reason);
    await dialog.getByRole("button", { name: "Reject", exact: true }).click();
    await expect(dialog).toBeHidden();
  }
}

export async function signedInBoard(page: Page, org: IsolatedOrganization, role: "recruiter" | "admin" = "recruiter") {
  await new SignInPage(page).signInAs(org.users[role].email, org.password);
  const board = new BoardPage(page, org);
  await board.goto();
  return board;
}
