import path from "node:path";
import { createOrganization, expect, test } from "./fixtures";
import { signOutFromHeader } from "./account-helpers";

const fixture = (name: string) => path.join(process.cwd(), "test/files", name);

test.describe("a recruiter manages jobs", () => {
  // Whole journeys through several pages; on a busy machine they outlast the default 30 seconds.
  test.describe.configure({ timeout: 60_000 });

  test("imports a Markdown posting, reviews and edits the draft, publishes it and closes it", async ({ page, signInPage, org, expectAccessible }) => {
    await signInPage.signInAs(org.users.recruiter.email, org.password);
    await expectAccessible();
    await page.getByRole("link", { name: "Import a posting" }).click();
    await expect(page.getByRole("heading", { name: "Import a posting", level: 1 })).toBeVisible();
    await expectAccessible();

    await page.getByLabel("Posting file").setInputFiles(fixture("posting.md"));
    await page.getByRole("button", { name: "Import as draft" }).click();

    // The draft opens in the editor, filled from the front matter, with the script gone.
    await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]+\/edit$/);
    const editor = page.url();
    await expect(page.getByRole("heading", { name: "Staff Platform Engineer", level: 1 })).toBeVisible();
    await expect(page.getByText("Draft", { exact: true })).toBeVisible();
    await expect(page.getByLabel("Department")).toHaveValue("Platform");
    await expect(page.getByLabel("Minimum")).toHaveValue("90000");
    await expect(page.getByLabel("Currency")).toHaveValue("EUR");
    await expect(page.getByLabel("Description")).not.toHaveValue(/script/);
    const preview = page.getByRole("region", { name: "Preview" });
    await expect(preview.getByRole("heading", { name: "About the role" })).toBeVisible();
    await expectAccessible();

    // The live preview shows what candidates will see: formatting kept, scripts and handlers dropped.
    const description = page.getByLabel("Description");
    await description.fill(
      "## What you will do\n\nRun **the platform** for everyone.\n\n<script>document.title = 'owned'</script>\n<img src=x onerror=\"document.title='owned'\">",
    );
    await expect(preview.getByRole("heading", { name: "What you will do" })).toBeVisible();
    await expect(preview.locator("strong")).toHaveText("the platform");
    await expect(preview.locator("script, img")).toHaveCount(0);

    // A pay range upside down is refused on its field.
    await page.getByLabel("Minimum").fill("150000");
    await page.getByRole("button", { name: "Save and publish" }).click();
    await expect(page.getByText("The maximum pay must be at least the minimum.")).toBeVisible();
    await expect(page.getByLabel("Maximum")).toHaveAttribute("aria-invalid", "true");
    await page.getByLabel("Minimum").fill("95000");

    // Publishing asks to confirm what the checks found ("Lisbon" names no area for remote applicants).
    await page.getByRole("button", { name: "Save and publish" }).click();
    const confirm = page.getByRole("region", { name: "Publish with 3 warnings?" });
    await expect(confirm.getByRole("listitem")).toContainText(["Remote, open to applicants anywhere in the world", "No closing date", "The description is short"]);
    await confirm.getByRole("button", { name: "Publish anyway" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Published" })).toBeVisible();
    await expect(page.getByText("Open", { exact: true })).toBeVisible();
    await expect(page).not.toHaveTitle("owned");

    const posting = `/careers/${org.organization.slug}/staff-platform-engineer`;
    await page.goto(posting);
    await expect(page.getByRole("heading", { name: "Staff Platform Engineer", level: 1 })).toBeVisible();
    await expect(page.getByText("Run the platform for everyone.")).toBeVisible();
    await expect(page.locator("main script:not([type='application/ld+json']), main img")).toHaveCount(0);
    await expect(page).not.toHaveTitle("owned");

    await page.goto(editor);
    await page.getByRole("button", { name: "Save and close" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Closed" })).toBeVisible();
    const closed = await page.goto(posting);
    expect(closed?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "This position is no longer accepting applications" })).toBeVisible();

    // Reopening puts it back in front of candidates: the same checks ask first.
    await page.goto(editor);
    const reopen = page.getByRole("button", { name: "Save and reopen" });
    await reopen.click();
    const reopenConfirm = page.getByRole("region", { name: "Reopen with 3 warnings?" });
    await expect(reopenConfirm.getByRole("heading")).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(reopen).toBeFocused();
    expect((await page.goto(posting))?.status()).toBe(404);
    await page.goto(editor);
    await reopen.click();
    await reopenConfirm.getByRole("button", { name: "Reopen anyway" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Reopened" })).toBeFocused();
    await page.goto(posting);
    await expect(page.getByRole("heading", { name: "Staff Platform Engineer", level: 1 })).toBeVisible();
  });

  test("refuses an import that is not a usable posting and creates nothing", async ({ page, signInPage, org }) => {
    await signInPage.signInAs(org.users.admin.email, org.password, "/jobs/import");
    await page.getByLabel("Posting file").setInputFiles(fixture("posting-bad-yaml.md"));
    await page.getByRole("button", { name: "Import as draft" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "The front matter is not valid YAML" })).toBeVisible();
    await page.getByLabel("Posting file").setInputFiles({ name: "big.md", mimeType: "text/markdown", buffer: Buffer.alloc(5 * 1024 * 1024, "a") });
    await page.getByRole("button", { name: "Import as draft" }).click();
    await expect(page.getByText("a posting may be at most 1 MB")).toBeVisible();
    await page.getByLabel("Posting file").setInputFiles(fixture("program.elf"));
    await page.getByRole("button", { name: "Import as draft" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "not text Candor can read" })).toBeVisible();
    await page.goto("/jobs");
    await expect(page.getByRole("table", { name: "Jobs and their applicants" }).getByRole("row")).toHaveCount(2);
  });

  test("creates a job from the form: the address must be free, then filters find it", async ({ page, signInPage, org, expectAccessible }) => {
    await signInPage.signInAs(org.users.recruiter.email, org.password);
    await page.getByRole("link", { name: "New job" }).click();
    await page.getByLabel("Title").fill("Support Lead");
    await expect(page.getByLabel("Address")).toHaveValue("support-lead");
    await page.getByLabel("Address").fill(org.job.slug);
    await page.getByLabel("Department").fill("Customer Care");
    await expectAccessible();
    await page.getByRole("button", { name: "Save as draft" }).click();
    await expect(page.getByText("Another job already uses this address. Choose a different one.").first()).toBeVisible();
    await page.getByLabel("Address").fill("support-lead");
    await page.getByRole("button", { name: "Save as draft" }).click();
    await expect(page.getByRole("heading", { name: "Support Lead", level: 1 })).toBeVisible();
    const pipeline = page.getByRole("region", { name: "Pipeline" }).getByRole("listitem");
    await expect(pipeline).toHaveText([/Applied\s*0/, /Screen\s*0/, /Interview\s*0/, /Offer\s*0/, /Hired\s*0/]);

    await page.getByRole("link", { name: "Jobs", exact: true }).first().click();
    // The filters' labels sit on one line (at 1280 px the select was drawn 3 px shorter than the search box).
    const filters = page.getByRole("search", { name: "Search jobs" });
    const searchLabel = await filters.getByText("Search", { exact: true }).boundingBox();
    const departmentLabel = await filters.getByText("Department", { exact: true }).boundingBox();
    expect(departmentLabel!.y).toBe(searchLabel!.y);
    await page.getByLabel("Department").selectOption("Customer Care");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/department=Customer\+Care/);
    const table = page.getByRole("table", { name: "Jobs and their applicants" });
    await expect(table.getByRole("link")).toHaveText(["Support Lead"]);
    await page.getByLabel("Search", { exact: true }).fill("no such job");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByRole("heading", { name: "No jobs match these filters" })).toBeVisible();
    await expectAccessible();
  });

  test("filters the job list without JavaScript", async ({ browser, page, signInPage, org }) => {
    await signInPage.signInAs(org.users.admin.email, org.password);
    const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
    const noScript = await context.newPage();
    await noScript.goto("/jobs?status=open");
    await noScript.getByLabel("Search", { exact: true }).fill(org.job.title.slice(-6));
    await noScript.getByRole("button", { name: "Apply filters" }).click();
    await expect(noScript).toHaveURL(/status=open&q=/);
    await expect(noScript.getByRole("table", { name: "Jobs and their applicants" }).getByRole("link")).toHaveText([org.job.title]);
    await noScript.getByLabel("Search", { exact: true }).fill("nothing like it");
    await noScript.getByRole("button", { name: "Apply filters" }).click();
    await expect(noScript.getByRole("heading", { name: "No jobs match these filters" })).toBeVisible();
    await context.close();
  });

  test("a save over someone else's newer save is refused and changes nothing", async ({ browser, page, signInPage, org }) => {
    await signInPage.signInAs(org.users.recruiter.email, org.password);
    const other = await (await browser.newContext({ storageState: await page.context().storageState() })).newPage();
    await page.goto(`/jobs/${org.job.id}/edit`);
    await other.goto(`/jobs/${org.job.id}/edit`);

    await other.getByLabel("Location").fill("Lisbon");
    await other.getByRole("button", { name: "Save changes" }).click();
    await expect(other.getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();

    await page.getByLabel("Location").fill("Berlin");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "changed by someone else" })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Location")).toHaveValue("Lisbon");
  });

  test("adds, edits, reorders and removes application questions", async ({ page, signInPage, org, expectAccessible }) => {
    await signInPage.signInAs(org.users.recruiter.email, org.password, `/jobs/${org.job.id}/questions`);
    await expect(page.getByRole("heading", { name: "No custom questions" })).toBeVisible();
    await expectAccessible();

    const add = page.getByRole("form", { name: "Add a question" });
    await add.getByLabel("Question").fill("Do you need a visa?");
    await add.getByLabel("Answer").selectOption("yes_no");
    await add.getByLabel("Required").check();
    await add.getByRole("button", { name: "Add question" }).click();
    const questions = page.getByRole("list", { name: "Questions" }).getByRole("heading", { level: 3 });
    await expect(questions).toHaveText(["Do you need a visa?"]);
    await expect(add.getByLabel("Question")).toHaveValue("");

    await add.getByLabel("Question").fill("Which languages?");
    await add.getByLabel("Answer").selectOption("multi_select");
    await add.getByRole("button", { name: "Add question" }).click();
    await expect(add.getByText("Give at least two options, one per line.")).toBeVisible();
    await add.getByLabel("Options").fill("Rust\nGo");
    await add.getByRole("button", { name: "Add question" }).click();
    await expect(questions).toHaveText(["Do you need a visa?", "Which languages?"]);

    // Reorder with the keyboard.
    await page.getByRole("button", { name: "Move “Which languages?” up" }).focus();
    await page.keyboard.press("Enter");
    await expect(questions).toHaveText(["Which languages?", "Do you need a visa?"]);
    await expectAccessible();

    await page.getByText("Edit “Do you need a visa?”").click();
    const edit = page.getByRole("form", { name: "Edit “Do you need a visa?”" });
    await edit.getByLabel("Question").fill("Will you need a work visa?");
    await edit.getByRole("button", { name: "Save question" }).click();
    await expect(questions).toHaveText(["Which languages?", "Will you need a work visa?"]);

    // Removing asks first; once the question is gone, focus goes to the list's heading.
    await page.getByRole("button", { name: "Remove “Which languages?”" }).click();
    const confirmRemoval = page.getByRole("dialog", { name: "Remove the question “Which languages?”?" });
    await expect(confirmRemoval).toContainText("Answers already given are kept.");
    await confirmRemoval.getByRole("button", { name: "Remove question" }).click();
    await expect(questions).toHaveText(["Will you need a work visa?"]);
    await expect(page.getByText("Question “Which languages?” removed.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Application questions" })).toBeFocused();

    // The application form asks what the editor shows, in that order.
    await page.goto(`/careers/${org.organization.slug}/${org.job.slug}/apply`);
    await expect(page.getByText("Will you need a work visa?")).toBeVisible();
    await expect(page.getByText("Which languages?")).toHaveCount(0);
  });

  test("adds, renames and reorders stages, and keeps a stage that holds applicants", async ({ page, signInPage, request, expectAccessible }) => {
    const org = await createOrganization(request, { applicants: 2 });
    await signInPage.signInAs(org.users.recruiter.email, org.password, `/jobs/${org.job.id}/stages`);
    await expectAccessible();
    const stages = page.getByRole("list", { name: "Stages" }).getByRole("heading", { level: 3 });
    await expect(stages).toHaveText(["Applied", "Screen", "Interview", "Offer", "Hired"]);

    const add = page.getByRole("form", { name: "Add a stage" });
    await add.getByLabel("Stage name").fill("Take-home");
    await add.getByLabel("Kind").selectOption("interview");
    await add.getByRole("button", { name: "Add stage" }).click();
    await expect(stages).toHaveText(["Applied", "Screen", "Interview", "Offer", "Hired", "Take-home"]);

    await page.getByRole("button", { name: "Move “Take-home” up" }).click();
    await expect(stages).toHaveText(["Applied", "Screen", "Interview", "Offer", "Take-home", "Hired"]);

    const rename = page.getByRole("form", { name: "Rename “Take-home”" });
    await rename.getByLabel("Name of stage “Take-home”").fill("Take-home exercise");
    await rename.getByRole("button", { name: "Rename" }).click();
    await expect(stages).toHaveText(["Applied", "Screen", "Interview", "Offer", "Take-home exercise", "Hired"]);

    // A stage that holds applicants stays, and the dialog says why; Cancel gives focus back to the button.
    await page.getByRole("button", { name: "Remove “Applied”" }).click();
    const removeApplied = page.getByRole("dialog", { name: "Remove the stage “Applied”?" });
    await removeApplied.getByRole("button", { name: "Remove stage" }).click();
    await expect(removeApplied.getByRole("alert")).toContainText("Move its 2 applicants first");
    await expect(removeApplied.getByRole("alert")).toBeFocused();
    await expectAccessible();
    await removeApplied.getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByRole("button", { name: "Remove “Applied”" })).toBeFocused();
    await page.getByRole("button", { name: "Remove “Screen”" }).click();
    await page.getByRole("dialog", { name: "Remove the stage “Screen”?" }).getByRole("button", { name: "Remove stage" }).click();
    await expect(stages).toHaveText(["Applied", "Interview", "Offer", "Take-home exercise", "Hired"]);
    await expectAccessible();

    await page.getByRole("link", { name: "Overview" }).click();
    await expect(page.getByRole("region", { name: "Pipeline" }).getByRole("listitem")).toHaveText([
      /Applied\s*2/,
      /Interview\s*0/,
      /Offer\s*0/,
      /Take-home exercise\s*0/,
      /Hired\s*0/,
    ]);
  });

  test("puts a member on the hiring team, who then sees the job read-only", async ({ page, signInPage, org, expectAccessible }) => {
    await signInPage.signInAs(org.users.admin.email, org.password, `/jobs/${org.job.id}/team`);
    await expect(page.getByRole("heading", { name: "Nobody on the team yet" })).toBeVisible();
    await expectAccessible();
    const add = page.getByRole("form", { name: "Add to the hiring team" });
    await add.getByLabel("Member").selectOption(org.users.hiring_manager.id);
    await add.getByLabel("Role on this job").selectOption("hiring_manager");
    await add.getByRole("button", { name: "Add to team" }).click();
    const team = page.getByRole("list", { name: "Team members" });
    await expect(team.getByRole("heading", { name: org.users.hiring_manager.name })).toBeVisible();
    await expect(team.getByLabel(`Role of ${org.users.hiring_manager.name}`, { exact: true })).toHaveValue("hiring_manager");
    await team.getByLabel(`Role of ${org.users.hiring_manager.name}`, { exact: true }).selectOption("interviewer");
    await team.getByRole("button", { name: "Change role" }).click();
    await expect(team.getByRole("status").filter({ hasText: "Role changed." })).toBeVisible();
    await page.reload();
    await expect(team.getByLabel(`Role of ${org.users.hiring_manager.name}`, { exact: true })).toHaveValue("interviewer");
    await expectAccessible();

    await signOutFromHeader(page);
    await signInPage.signInAs(org.users.hiring_manager.email, org.password);
    await page.getByRole("link", { name: org.job.title }).click();
    const tabs = page.getByRole("navigation", { name: "Job sections" }).getByRole("link");
    await expect(tabs).toHaveText(["Overview", "Pipeline"]);
    await expect(tabs.first()).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("link", { name: "New job" })).toHaveCount(0);
  });
});
