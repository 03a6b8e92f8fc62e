import { describe, expect, it } from "vitest";
import { reviewPosting, unconfirmedWarnings, type CheckedJob } from "./index";

const ownOrigin = "https://jobs.candor.example";

const description = [
  "## About the role",
  "",
  "Lumen Robotics builds warehouse robots that work safely beside people. You will join the platform team of six",
  "engineers that runs the fleet software: the services robots talk to, the data they send home, and the tools",
  "our operations staff use every day.",
  "",
  "## What you will do",
  "",
  "- Design, build and run the services that plan each robot's work across a warehouse",
  "- Improve how we deploy: today a release takes a day, and we want it to take minutes",
  "- Review code, pair with colleagues and help new engineers find their feet",
  "- Be on call one week in six, with a day off after each week",
  "",
  "## What you bring",
  "",
  "- Several years building and running backend services in production",
  "- Go, Rust or a similar language, and PostgreSQL",
  "- Care for clear writing: most of our decisions are made in documents",
].join("\n");

/** A job with nothing to warn about. */
const ready: CheckedJob = {
  title: "Senior Backend Engineer",
  descriptionMd: description,
  location: "Denver, CO, United States",
  workplaceType: "hybrid",
  employmentType: "full_time",
  payMin: 140_000,
  payMax: 170_000,
  payCurrency: "USD",
  payPeriod: "year",
  closesAt: "2027-01-31",
};

const review = (changes: Partial<CheckedJob>) => reviewPosting({ ...ready, ...changes }, { ownOrigin });
const ids = (changes: Partial<CheckedJob>) => review(changes).warnings.map((warning) => warning.id);

describe("reviewPosting", () => {
  it("has nothing to say about a complete posting", () => {
    expect(review({}).warnings).toEqual([]);
  });

  it.each<[string, Partial<CheckedJob>, string[]]>([
    ["no pay where the law requires it", { payMin: null, payMax: null }, ["law:pay-range:Colorado"]],
    ["no pay in Berlin", { payMin: null, payMax: null, location: "Berlin, Germany" }, ["law:pay-range:Germany"]],
    ["no pay where no law requires it", { payMin: null, payMax: null, location: "London, United Kingdom" }, ["search:baseSalary"]],
    ["pay without a period", { payPeriod: null }, ["search:unitText"]],
    ["no closing date", { closesAt: null }, ["search:validThrough"]],
    ["no description", { descriptionMd: "  " }, ["search:description"]],
    ["a short description", { descriptionMd: "## About\n\nWe build robots. Join us!" }, ["content:description-short"]],
    ["no location for an office job", { location: null }, ["search:jobLocation"]],
    ["a location without a country", { location: "Denver, CO" }, ["search:addressCountry"]],
    ["a remote job open anywhere", { workplaceType: "remote", location: "Remote" }, ["search:applicantLocationRequirements"]],
    ["a title with a place", { title: "Senior Backend Engineer (Denver)" }, ["content:title-place"]],
    ["a title with emoji", { title: "🚀 Senior Backend Engineer" }, ["content:title-symbols"]],
    ["a title in capitals", { title: "SENIOR Backend Engineer" }, ["content:title-capitals"]],
    ["a link to apply elsewhere", { descriptionMd: `${description}\n\n[Apply here](https://boards.greenhouse.io/lumen/jobs/1)` }, ["content:application-links"]],
    ["mis-encoded text", { descriptionMd: `${description}\n\nYouâ€™ll love it.` }, ["content:mis-encoded"]],
  ])("warns about %s", (_name, changes, expected) => {
    expect(ids(changes)).toEqual(expected);
  });

  it("names each rule that requires a pay range, for a remote job open to the whole United States", () => {
    const [law] = review({ payMin: null, payMax: null, workplaceType: "remote", location: "Remote (United States)" }).warnings;
    expect(law).toMatchObject({ kind: "law", title: "No pay range, which the law requires here", field: "payMin" });
    expect(law?.detail).toMatch(/anywhere in the United States/);
    expect(law?.rules).toHaveLength(12);
    expect(law?.rules).toContain("Colorado: Equal Pay for Equal Work Act (since 2021)");
    expect(law?.rules).toContain("New York: Labor Law § 194-b (since September 2023)");
  });

  it("quotes what it found, so the recruiter knows what to change", () => {
    const { warnings } = review({
      title: "SENIOR Backend Engineer – Denver 🚀",
      descriptionMd: `${description}\n\nYouâ€™ll work with cafÃ© owners.\n\nAlready applied? [Track your application](https://jobs.lever.co/lumen/1)`,
    });
    const detail = (id: string) => warnings.find((warning) => warning.id === id)?.detail;
    expect(detail("content:title-place")).toMatch(/^“Denver” in the title/);
    expect(detail("content:title-symbols")).toMatch(/^“🚀” in the title/);
    expect(detail("content:title-capitals")).toBe("“SENIOR” reads as shouting; write “Senior”.");
    expect(detail("content:application-links")).toMatch(/^“Track your application” \(jobs\.lever\.co\): an application made there never reaches you/);
    expect(warnings.find((warning) => warning.id === "content:mis-encoded")).toMatchObject({
      title: "2 mis-encoded characters left",
      detail: expect.stringMatching(/^“â€™” should read “’”; “Ã©” should read “é”\./),
    });
  });

  it("counts a lost character as mis-encoded", () => {
    expect(review({ title: "Caf\uFFFD Manager" }).warnings.find((warning) => warning.id === "content:mis-encoded")?.title).toBe("1 mis-encoded character left");
  });

  it("shows what search engines will see", () => {
    expect(review({}).searchView).toEqual([
      { property: "title", label: "Title", value: "Senior Backend Engineer" },
      { property: "jobLocation", label: "Where", value: "Denver, CO, US" },
      { property: "baseSalary", label: "Pay", value: "$140,000 – $170,000 per year" },
      { property: "employmentType", label: "Employment type", value: "FULL_TIME" },
      { property: "validThrough", label: "Closes", value: "31 January 2027" },
      { property: "directApply", label: "Apply", value: "On this posting, with its Apply button" },
    ]);
    const remote = review({ workplaceType: "remote", location: "Remote (UK or Ireland)", payMin: null, payMax: null, closesAt: null }).searchView;
    expect(remote[1]).toEqual({ property: "applicantLocationRequirements", label: "Where", value: "Remote (TELECOMMUTE), applicants in: United Kingdom, Ireland" });
    expect(remote.filter((item) => item.value === null).map((item) => item.property)).toEqual(["baseSalary", "validThrough"]);
    expect(review({ workplaceType: "remote", location: null }).searchView[1]?.value).toBe("Remote (TELECOMMUTE), applicants in: Worldwide");
  });
});

describe("unconfirmedWarnings", () => {
  it("keeps the warnings the recruiter has not confirmed, so a new one asks again", () => {
    const { warnings } = review({ closesAt: null, title: "🚀 Senior Backend Engineer" });
    expect(unconfirmedWarnings(warnings, ["search:validThrough", "content:title-symbols"])).toEqual([]);
    expect(unconfirmedWarnings(warnings, ["search:validThrough"]).map((warning) => warning.id)).toEqual(["content:title-symbols"]);
  });
});
