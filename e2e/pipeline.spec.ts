import type { IsolatedOrganization } from "@/db/fixtures";
import { BoardPage, signedInBoard, STAGES } from "./board";
import { createOrganization, expect, SignInPage, test } from "./fixtures";

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
    await board.actions(name).focus();
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
    await expect(board.toast(`Rejected ${name}.`)).toBeVisible();
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
    const toast = board.toast(`Rejected ${applicant.name}. The rejection email goes out in 30 seconds.`);
    await toast.getByRole("button", { name: "Undo" }).click();
    await expect(board.toast("Restored the applicant. The rejection email was cancelled.")).toBeVisible();
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
    await new SignInPage(page).signInAs(org.users.admin.email, org.password, "/settings");
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
    await board.actions(org.applicants[0]!.name).click();
    await board.menu(org.applicants[0]!.name).getByRole("menuitem", { name: "Reject…" }).click();
    await expect(page.getByRole("dialog").getByRole("option", { name: "Relocated the role" })).toBeAttached();
  });
});
