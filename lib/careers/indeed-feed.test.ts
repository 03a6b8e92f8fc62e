import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { buildIndeedFeed, indeedLocation, type IndeedFeedJob } from "./indeed-feed";

// The feed is read back with a real XML parser that refuses anything not well-formed, so these tests see
// what Indeed's reader sees: the text of each element, whatever CDATA splitting or escaping it took.

function parse(xml: string) {
  const problems: string[] = [];
  const report = (message: string) => problems.push(message);
  const document = new DOMParser({ errorHandler: { warning: report, error: report, fatalError: report } }).parseFromString(xml, "application/xml");
  expect(problems).toEqual([]);
  return document;
}

const children = (parent: Element) => Array.from({ length: parent.childNodes.length }, (_, i) => parent.childNodes.item(i)).filter((node) => node.nodeType === 1) as Element[];

/** Every job's elements by name, and the elements of <source> besides the jobs. */
function read(xml: string) {
  const source = parse(xml).documentElement!;
  expect(source.tagName).toBe("source");
  const own = Object.fromEntries(children(source).filter((node) => node.tagName !== "job").map((node) => [node.tagName, node.textContent]));
  const jobs = children(source)
    .filter((node) => node.tagName === "job")
    .map((job) => Object.fromEntries(children(job).map((node) => [node.tagName, node.textContent])));
  return { own, jobs };
}

const job = (overrides: Partial<IndeedFeedJob> = {}): IndeedFeedJob => ({
  publicId: 41,
  title: "Backend Engineer",
  location: "Berlin, Germany",
  workplaceType: "on_site",
  employmentType: "full_time",
  descriptionMd: "## The role\n\nBuild **things**.",
  payMin: null,
  payMax: null,
  payCurrency: null,
  payPeriod: null,
  publishedAt: new Date("2026-01-15T08:30:00.123Z"),
  createdAt: new Date("2026-01-10T00:00:00Z"),
  url: "https://jobs.example.com/careers/acme/backend-engineer",
  ...overrides,
});

const feed = (jobs: IndeedFeedJob[], company = "Acme") =>
  buildIndeedFeed({ company, publisherUrl: "https://jobs.example.com/careers/acme", lastBuildDate: new Date("2026-02-01T12:00:00Z"), jobs });

describe("buildIndeedFeed", () => {
  it("names the publishing system and when the feed was built", () => {
    const xml = feed([]);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<source>')).toBe(true);
    expect(read(xml)).toEqual({
      own: { publisher: "Candor", publisherurl: "https://jobs.example.com/careers/acme", lastBuildDate: "Sun, 01 Feb 2026 12:00:00 GMT" },
      jobs: [],
    });
  });

  it("writes Indeed's fields for each job, every value in CDATA", () => {
    const xml = feed([
      job({
        location: "Austin, TX 78701, United States",
        payMin: 95_000,
        payMax: 125_000,
        payCurrency: "USD",
        payPeriod: "year",
        employmentType: "part_time",
        workplaceType: "hybrid",
      }),
    ]);
    expect(read(xml).jobs).toEqual([
      {
        title: "Backend Engineer",
        date: "2026-01-15T08:30:00Z",
        referencenumber: "41",
        requisitionid: "41",
        url: "https://jobs.example.com/careers/acme/backend-engineer",
        company: "Acme",
        sourcename: "Acme",
        city: "Austin",
        state: "TX",
        country: "US",
        postalcode: "78701",
        description: "<h2>The role</h2>\n<p>Build <strong>things</strong>.</p>\n",
        salary: "$95,000 - $125,000 per year",
        jobtype: "parttime",
        remotetype: "Hybrid remote",
      },
    ]);
    expect(xml).toContain("<title><![CDATA[Backend Engineer]]></title>");
    expect(xml).toContain("<jobtype><![CDATA[parttime]]></jobtype>");
  });

  it("says a remote job is fully remote, and an on-site one nothing; a job never published is dated by its creation", () => {
    const [remote, onSite] = read(
      feed([
        job({ workplaceType: "remote", location: "Remote (Germany)", employmentType: "contract" }),
        job({ publishedAt: null, employmentType: "internship" }),
      ]),
    ).jobs;
    expect(remote).toMatchObject({ remotetype: "Fully remote", country: "DE", jobtype: "contract" });
    expect(remote).not.toHaveProperty("city");
    expect(onSite).not.toHaveProperty("remotetype");
    expect(onSite).toMatchObject({ date: "2026-01-10T00:00:00Z", jobtype: "internship", city: "Berlin", country: "DE" });
    expect(onSite).not.toHaveProperty("salary");
  });

  it("carries <, & and ]]> in titles and names exactly, and keeps the document well-formed", () => {
    const title = "R&D <Lead> ]]> wanted ]]]]>";
    const xml = feed([job({ title, descriptionMd: "Tools: a <span>b</span> & c ]]> d" })], "Smith & Sons <Ltd> ]]>");
    const [parsed] = read(xml).jobs;
    expect(parsed!.title).toBe(title);
    expect(parsed!.company).toBe("Smith & Sons <Ltd> ]]>");
    expect(parsed!.sourcename).toBe("Smith & Sons <Ltd> ]]>");
    // The description is sanitised HTML: a tag it does not allow is dropped, its text kept.
    expect(parsed!.description).toBe("<p>Tools: a b &amp; c ]]&gt; d</p>\n");
    // Nothing escaped twice, and no section ends early.
    expect(xml).not.toContain("&amp;amp;");
    expect(xml).not.toContain("<Lead>]]>");
  });

  it("keeps non-ASCII text and emoji, and drops characters XML cannot carry", () => {
    const [parsed] = read(
      feed([job({ title: "Ingénieure logiciel 🤖 \u0007Zürich", location: "8001 Zürich, Switzerland", descriptionMd: "Café — crème brûlée" })], "Société Générale"),
    ).jobs;
    expect(parsed).toMatchObject({
      title: "Ingénieure logiciel 🤖 Zürich",
      company: "Société Générale",
      city: "Zürich",
      postalcode: "8001",
      country: "CH",
      description: "<p>Café — crème brûlée</p>\n",
    });
  });

  it("lists the jobs it is given, in order", () => {
    const { jobs } = read(feed([job({ publicId: 7, title: "First" }), job({ publicId: 8, title: "Second" })]));
    expect(jobs.map((j) => [j.referencenumber, j.title])).toEqual([
      ["7", "First"],
      ["8", "Second"],
    ]);
  });
});

describe("indeedLocation", () => {
  it.each([
    ["Berlin, Germany", { city: "Berlin", country: "DE" }],
    ["10115 Berlin, Germany", { city: "Berlin", postalcode: "10115", country: "DE" }],
    ["San Francisco, CA 94105", { city: "San Francisco", state: "CA", postalcode: "94105" }],
    ["Austin, TX, United States", { city: "Austin", state: "TX", country: "US" }],
    ["Remote", {}],
    ["Remote (US or Canada)", {}],
    ["Remote - UK", { country: "GB" }],
  ])("%s", (location, expected) => {
    expect(indeedLocation(location)).toEqual(expected);
  });

  it("says nothing without a location", () => {
    expect(indeedLocation(null)).toEqual({});
  });
});
