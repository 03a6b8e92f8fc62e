import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, SignInPage, test } from "./fixtures";
import { createReportsOrganization } from "./reports";

// The reports against the known counts of db/fixtures-reports.ts: 37 applications from "Spring fair",
// 5 of them hired; 13 from the careers page on the same job; 8 from LinkedIn on another job.

/** A table by its caption, and one of its rows by the row's first cell. */
const reportTable = (page: Page, caption: string | RegExp) => page.getByRole("table", { name: caption });
const row = (page: Page, caption: string | RegExp, name: string) => reportTable(page, caption).getByRole("row", { name: new RegExp(`^${name}\\b`) });

async function downloadCsv(page: Page, linkName: string) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: linkName }).click()]);
  const bytes = readFileSync((await download.path())!);
  return { bytes, text: bytes.toString("utf8").replace(/^\uFEFF/, ""), filename: download.suggestedFilename() };
}

test.describe("reports", () => {
  test("an admin filters the funnel to one source and gets the same numbers in the table, the chart and the CSV", async ({ page, request, expectAccessible }) => {
    const org = await createReportsOrganization(request);
    await new SignInPage(page).signInAs(org.users.admin.email, org.password);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reports" }).click();
    await expect(page.getByRole("heading", { name: "Reports", level: 1 })).toBeVisible();

    // Every application of the organisation first: 37 + 13 + 8.
    await expect(row(page, /reached each stage, conversion/, "Applied")).toContainText("58");

    await page.getByLabel("Source", { exact: true }).selectOption("Spring fair");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/[?&]source=Spring\+fair/);
    const funnel = /reached each stage, conversion/;
    await expect(row(page, funnel, "Applied").getByRole("cell").first()).toHaveText("37");
    await expect(row(page, funnel, "Hired").getByRole("cell")).toHaveText(["5", "83.3 %", "1", "13.5 %"]);
    // The chart is SVG in the page, named for screen readers, with the same numbers.
    const chart = page.getByRole("img", { name: "Funnel: Reached per stage" });
    await expect(chart).toBeVisible();
    await expect(chart).toContainText("37");
    await expect(row(page, /per source, with conversion/, "Spring fair").getByRole("cell")).toHaveText(["37", "10", "6", "5", "13.5 %"]);
    await expect(row(page, /Offers drafted, sent for approval/, "All jobs").getByRole("cell")).toHaveText(["10", "9", "1", "6", "5", "1", "83.3 %"]);
    await expectAccessible();

    const csv = await downloadCsv(page, "Download CSV of Funnel");
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.filename).toMatch(new RegExp(`^funnel-${org.organization.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    expect(csv.text.trimEnd().split("\r\n")).toEqual([
      "Stage,Reached,Conversion from previous stage,Drop-off,Share of applications",
      "Applied,37,–,–,100.0 %",
      "Screen,20,54.1 %,17,54.1 %",
      "Interview,10,50.0 %,10,27.0 %",
      "Offer,6,60.0 %,4,16.2 %",
      "Hired,5,83.3 %,1,13.5 %",
    ]);
    const sources = await downloadCsv(page, "Download CSV of Sources");
    expect(sources.text).toContain("Spring fair,37,10,6,5,13.5 %\r\n");
  });

  test("the funnel by source and the sources by UTM campaign come from the URL", async ({ page, request }) => {
    const org = await createReportsOrganization(request);
    await new SignInPage(page).signInAs(org.users.recruiter.email, org.password, "/reports?groupBy=source&sourceBy=utm_campaign");
    await expect(row(page, /per source$/, "Spring fair").getByRole("cell")).toHaveText(["37", "20", "10", "6", "5", "13.5 %"]);
    await expect(row(page, /per utm campaign/, "spring-2026").getByRole("cell").first()).toHaveText("37");
    await expect(row(page, /Days applicants spent/, "Applied").getByRole("cell")).toHaveText(["25", "2", "2"]);
    await expect(page.getByLabel("Funnel by", { exact: true })).toHaveValue("source");
  });

  test("an organisation with no applications sees empty reports, not errors", async ({ page, org, expectAccessible }) => {
    await new SignInPage(page).signInAs(org.users.admin.email, org.password, "/reports");
    await expect(page.getByRole("heading", { name: "No data for time to hire and time to fill" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "No data for sources" })).toBeVisible();
    await expectAccessible();
  });
});

test.describe("the Hiring page", () => {
  test("shows a hiring manager the funnel and time in stage of their team's jobs, as charts with their tables", async ({ page, request, expectAccessible }) => {
    const org = await createReportsOrganization(request, { team: ["hiring_manager"] });
    await new SignInPage(page).signInAs(org.users.hiring_manager.email, org.password, "/hiring");
    // Their job's 50 applications; the other job's 8 are not theirs.
    await expect(row(page, /reached each stage, conversion/, "Applied").getByRole("cell").first()).toHaveText("50");
    await expect(row(page, /reached each stage, conversion/, "Hired").getByRole("cell").first()).toHaveText("5");
    await expect(page.getByRole("img", { name: "Funnel: Reached per stage" })).toBeVisible();
    await expect(row(page, /Days applicants spent/, "Screen").getByRole("cell")).toHaveText(["10", "3", "3"]);
    await expect(page.getByRole("img", { name: "Time in stage: Median (days) per stage" })).toBeVisible();
    await expectAccessible();
  });
});

test.describe("the fairness report", () => {
  test("an admin sees impact ratios, suppressed small groups and the methodology, and the view and export are audited", async ({ page, request, expectAccessible }) => {
    const org = await createReportsOrganization(request);
    await new SignInPage(page).signInAs(org.users.admin.email, org.password, "/reports");
    await page.getByRole("link", { name: "fairness report" }).click();
    await expect(page.getByRole("heading", { name: "Fairness report", level: 1 })).toBeVisible();
    // The fixture's applications were made in March 2026 (db/fixtures-reports.ts).
    await page.getByLabel("Year applied (UTC)").selectOption("2026");
    await page.getByLabel("Job", { exact: true }).selectOption({ label: org.job.title });
    await page.getByRole("button", { name: "Show" }).click();

    const gender = /^Applied → Screen: selection rate/;
    const genderTable = page.getByRole("region", { name: "Gender", exact: true });
    await expect(genderTable.getByRole("row", { name: /^Woman/ }).getByRole("cell")).toHaveText(["20", "8", "40.0 %", "0.667", "Yes", "Fisher's exact", /^0\.\d{4}$/]);
    await expect(genderTable.getByRole("row", { name: /^Man/ }).getByRole("cell")).toHaveText(["20", "12", "60.0 %", "1.000", "No", "Comparison group", "–"]);
    await expect(genderTable.getByRole("row", { name: /^Non-binary/ }).getByRole("cell").first()).toHaveText("<5");
    await expect(genderTable.getByRole("row", { name: /^Decline to answer/ }).getByRole("cell").first()).toHaveText("<5");
    await expect(genderTable.getByRole("table", { name: gender })).toBeVisible();
    // The intersectional table is the organisation's only.
    await expect(page.getByText("The intersectional table is for the whole organisation only")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Methodology" })).toBeVisible();
    await expectAccessible();

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Download the bias-audit summary/ }).click()]);
    const csv = readFileSync((await download.path())!, "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain("Sex,Applied → Screen,Woman,20,8,40.0 %,0.667,Yes,Fisher's exact,");
    expect(csv).toContain("Sex,Applied → Screen,Non-binary,<5,–,–,–,–,–,–\r\n");
    expect(csv).not.toMatch(/Non-binary,3,/);

    await page.goto("/settings/audit-log");
    await expect(page.getByRole("row", { name: /Fairness report viewed/ }).first()).toBeVisible();
    await expect(page.getByRole("row", { name: /Fairness report exported/ })).toHaveCount(1);
  });
});
