import { describe, expect, it } from "vitest";
import { fixture } from "@/test/board-server";
import { boardDraft, payPeriodIn, type BoardDraft } from "./draft";
import { leverPosting, leverPostingSchema, readLeverList, type LeverPosting } from "./lever";

const postings = () => readLeverList(fixture("lever/postings.json"))!.jobs.map((entry) => entry.job);

function draftOf(posting: LeverPosting): BoardDraft {
  const result = boardDraft(leverPosting("northwind", posting));
  if (!result.ok) throw new Error(result.skipped.reason);
  return result.draft;
}

describe("reading a Lever site", () => {
  it("reads the recorded list, a bare array of postings; anything else is not a site", () => {
    expect(postings().map((p) => p.text)).toEqual(["Senior Data Engineer", "Account Executive, EMEA", "Marketing Intern (Summer 2027)"]);
    expect(readLeverList({ ok: false, error: "Document not found" })).toBeNull();
    const read = readLeverList([{ id: "../../etc", text: "Sneaky id" }, { id: "abc", text: "Fine" }])!;
    expect(read.jobs.map((job) => job.externalId)).toEqual(["abc"]);
    expect(read.unreadable.map((job) => job.title)).toEqual(["Sneaky id"]);
  });
});

describe("a Lever posting as a draft", () => {
  it("joins description, lists, closing text and a pay description that says more than the range", () => {
    const draft = draftOf(postings()[0]!);
    expect(draft.fields.descriptionMd).toBe(
      [
        "## About Northwind",
        "",
        "Northwind moves groceries for 300 independent stores across Canada. Our data platform decides what goes on which truck, every night.",
        "",
        "## The role",
        "",
        "You will own the pipelines that turn 9 million orders a month into forecasts our planners trust.",
        "",
        "## What you'll do",
        "",
        "- Build and run our dbt and Airflow pipelines",
        "- Make forecasts land by 5 a.m., every day",
        "- Pair with planners to find what they need next",
        "",
        "## What you bring",
        "",
        "- 5+ years in data engineering",
        "- Strong SQL and Python",
        "",
        "We offer a learning budget, four weeks of vacation and a good dental plan.",
        "",
        "The base salary range for this role is $140,000 – $170,000 CAD, plus stock options.",
      ].join("\n"),
    );
  });

  it("takes department, every location, workplace, commitment and the salary range as the site states them", () => {
    const [engineer, sales, intern] = postings().map(draftOf);
    expect(engineer!.fields).toMatchObject({
      title: "Senior Data Engineer",
      department: "Engineering",
      location: "Toronto, ON / Vancouver, BC",
      workplaceType: "hybrid",
      employmentType: "full_time",
      payMin: 140_000,
      payMax: 170_000,
      payCurrency: "CAD",
      payPeriod: "year",
    });
    expect(engineer!.questions).toEqual([]);
    expect(engineer!.review).toMatchObject({ found: {}, notes: [], source: { provider: "lever", board: "northwind", url: "https://jobs.lever.co/northwind/5ac21346-8e0c-4494-8e7a-3eb92ff77902" } });
    expect(sales!.fields).toMatchObject({ department: "Sales", location: "Dublin", workplaceType: "on_site", employmentType: "full_time" });
    expect(sales!.fields.payMin).toBeUndefined();
    // "Remote" is no place: the draft is a remote job, as Candor shows one without a location.
    expect(intern!.fields).toMatchObject({ workplaceType: "remote", employmentType: "internship", payMin: 22, payMax: 25, payCurrency: "USD", payPeriod: "hour" });
    expect(intern!.fields.location).toBeUndefined();
    expect(intern!.fields.descriptionMd).not.toContain("$22");
  });

  it("notes a pay interval Candor has no period for", () => {
    const posting = leverPostingSchema.parse({ id: "x1", text: "Bonus hunter", salaryRange: { currency: "eur", interval: "one-time", min: 5000, max: 5000 } });
    const draft = draftOf(posting);
    expect(draft.fields).toMatchObject({ payMin: 5000, payMax: 5000, payCurrency: "EUR" });
    expect(draft.fields.payPeriod).toBeUndefined();
    expect(draft.review.notes).toEqual(["Lever gives the pay “one-time”; Candor has no such period, so the pay range has none. Choose one."]);
  });
});

describe("pay periods in a range's words", () => {
  it.each([
    ["Hourly pay", "hour"],
    ["Daily pay", "day"],
    ["Weekly pay", "week"],
    ["Monthly salary", "month"],
    ["Annual salary", "year"],
    ["Zone 1 Pay Range The base salary range for this full-time position is", "year"],
    ["Pay range", undefined],
  ])("%s → %s", (words, period) => {
    expect(payPeriodIn(words)).toBe(period);
  });
});
