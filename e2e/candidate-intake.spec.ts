import { readFile } from "node:fs/promises";
import { expect, SignInPage, test } from "./fixtures";

// Candidates who come in by hand, from a CSV file or by referral, and the search's CSV export.

const FORMULA = "=cmd|' /C calc'!A0";

test.describe("candidate intake and export", () => {
  test("a recruiter adds a candidate by hand into a job's stage, is offered the existing one for a known email, and exports the search as CSV", async ({ page, org, expectAccessible }) => {
    await new SignInPage(page).signInAs(org.users.recruiter.email, org.password, "/candidates");
    await page.getByRole("link", { name: "Add candidate" }).click();
    await expect(page.getByRole("heading", { name: "Add a candidate" })).toBeVisible();
    await expectAccessible();

    const form = page.getByRole("form", { name: "Add a candidate" });
    await form.getByRole("button", { name: "Add candidate" }).click();
    await expect(form.getByText("Enter the candidate's full name.")).toBeVisible();
    await expect(form.getByLabel("Full name")).toBeFocused();

    await form.getByLabel("Full name").fill(FORMULA);
    await form.getByLabel("Email", { exact: true }).fill("mallory@example.com");
    await form.getByLabel("LinkedIn profile (optional)").fill("linkedin.com/in/mallory");
    await form.getByLabel("Job").selectOption({ label: org.job.title });
    await form.getByLabel("Stage").selectOption({ label: "Screen" });
    await form.getByRole("button", { name: "Add candidate" }).click();
    await expect(page.getByRole("heading", { level: 1, name: FORMULA })).toBeVisible();
    await expect(page.getByText("Screen").first()).toBeVisible();

    await page.goto("/candidates/new");
    await form.getByLabel("Full name").fill("Mallory Again");
    await form.getByLabel("Email", { exact: true }).fill("MALLORY@example.com");
    await form.getByRole("button", { name: "Add candidate" }).click();
    await expect(form.getByRole("alert").filter({ hasText: "already has this email address" })).toBeVisible();
    await form.getByRole("link", { name: `Open ${FORMULA}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: FORMULA })).toBeVisible();

    await page.goto("/candidates");
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export CSV" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^candidates-.+\.csv$/);
    const bytes = await readFile((await file.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = bytes.subarray(3).toString("utf8").trimEnd().split("\r\n");
    expect(header).toBe("Candidate ID,Name,Email,Phone,Location,Job,Stage,Status,Source,Applied at");
    const row = rows.find((line) => line.includes("mallory@example.com"));
    expect(row).toContain(`,'${FORMULA},mallory@example.com,,,${org.job.title},Screen,active,Added by ${org.users.recruiter.name},`);
  });

  test("a recruiter adds a prospect to no job and finds them under Prospects", async ({ page, org, expectAccessible }) => {
    await new SignInPage(page).signInAs(org.users.recruiter.email, org.password, "/candidates/new");
    const form = page.getByRole("form", { name: "Add a candidate" });
    await form.getByLabel("Full name").fill("Paula Prospect");
    await form.getByLabel("Email", { exact: true }).fill("paula.prospect@example.com");
    await form.getByRole("button", { name: "Add candidate" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Paula Prospect" })).toBeVisible();

    await page.goto("/candidates");
    await page.getByRole("link", { name: "Prospects" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Prospects" })).toBeVisible();
    await page.getByLabel("Name or email").fill("paula.prospect@");
    await page.getByRole("button", { name: "Find" }).click();
    const row = page.getByRole("row", { name: /Paula Prospect/ });
    await expect(row.getByRole("cell")).toHaveText(["Paula Prospect", "paula.prospect@example.com", `Added by ${org.users.recruiter.name}`, /\d/]);
    await expectAccessible();
    await row.getByRole("link", { name: "Paula Prospect" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Paula Prospect" })).toBeVisible();
  });

  test("a recruiter imports a CSV: maps a column, sees a row's error in the preview, leaves it out, imports, and finds the candidates", async ({ page, org, expectAccessible }) => {
    await new SignInPage(page).signInAs(org.users.recruiter.email, org.password, "/candidates");
    await page.getByRole("link", { name: "Import CSV" }).click();
    await expect(page.getByRole("heading", { name: "Import candidates" })).toBeVisible();
    await expectAccessible();

    const csv = [
      "First name,Last name,E-mail,Where,Notes",
      "Katherine,Johnson,katherine@example.com,Hampton,met at a meetup",
      "Dorothy,Vaughan,dorothy@example.com,West Virginia,",
      "Broken,Row,not-an-email,Nowhere,",
    ].join("\r\n");
    await page.getByLabel("CSV file").setInputFiles({ name: "people.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Check the file" }).click();

    await expect(page.getByLabel("Column “E-mail”")).toHaveValue("email");
    await expect(page.getByLabel("Column “Where”")).toHaveValue("");
    await page.getByLabel("Column “Where”").selectOption({ label: "Location" });
    await page.getByRole("button", { name: "Check again" }).click();
    await expect(page.getByRole("status").filter({ hasText: "3 rows: 2 ready to import, 1 with errors" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Rows with errors" })).toContainText("Line 4: Enter a valid email address");
    await expect(page.getByRole("region", { name: "First rows" }).getByRole("row", { name: /Katherine Johnson/ })).toContainText("Hampton");
    await expectAccessible();

    await page.getByRole("button", { name: "Import 2 candidates" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "1 row has errors" })).toBeVisible();
    await page.getByLabel("Leave out the 1 row with errors").check();
    await page.getByLabel("Add them to a job (optional)").selectOption({ label: org.job.title });
    await page.getByRole("button", { name: "Import 2 candidates" }).click();
    // The result is no error: a status, which takes the focus from the form it replaces.
    const result = page.getByRole("status").filter({ hasText: `Imported: 2 new candidates, 1 row with errors left out; 2 added to ${org.job.title}.` });
    await expect(result).toBeFocused();
    await expectAccessible();
    await expect(page.getByRole("link", { name: "See candidates" })).toHaveAttribute("href", "/candidates");
    // Starting again takes that view away: focus goes to the file field of the form that is back.
    await page.getByRole("button", { name: "Import another file" }).click();
    await expect(page.getByLabel("CSV file")).toBeFocused();
    await page.goto("/candidates");
    await expect(page.getByRole("link", { name: "Katherine Johnson" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Dorothy Vaughan" })).toBeVisible();
  });

  test("any member refers someone for an open job and follows their stage under My referrals", async ({ page, org, expectAccessible }) => {
    await new SignInPage(page).signInAs(org.users.interviewer.email, org.password);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Referrals" }).click();
    await expect(page.getByRole("heading", { name: "Refer someone" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "No referrals yet" })).toBeVisible();
    await expectAccessible();

    const form = page.getByRole("form", { name: "Refer someone" });
    await form.getByLabel("Their full name").fill("Annie Easley");
    await form.getByLabel("Their email").fill("annie@example.com");
    await form.getByRole("button", { name: "Refer" }).click();
    await expect(form.getByText("Choose the job you refer them for.")).toBeVisible();
    await form.getByLabel("Job").selectOption({ label: org.job.title });
    await form.getByLabel("Why they would be a good fit (optional)").fill("Brilliant programmer.");
    await form.getByRole("button", { name: "Refer" }).click();
    await expect(form.getByRole("status").filter({ hasText: "Your referral was sent to the hiring team." })).toBeVisible();
    const mine = page.getByRole("region", { name: "My referrals" });
    await expect(mine.getByRole("row", { name: /Annie Easley/ })).toContainText(org.job.title);
    await expect(mine.getByRole("row", { name: /Annie Easley/ })).toContainText("Applied");
    await expectAccessible();

    await page.context().clearCookies();
    await new SignInPage(page).signInAs(org.users.recruiter.email, org.password, "/candidates?q=Annie");
    await page.getByRole("link", { name: "Annie Easley" }).click();
    await expect(page.getByText(`Referral: ${org.users.interviewer.name}`).first()).toBeVisible();
  });
});
