import { describe, expect, it } from "vitest";
import { boardJob, context, publicJob } from "@/test/public-board";
import { filterPostings, parseLeverQuery, toLeverPosting } from "./lever";

describe("toLeverPosting", () => {
  it("has Lever's fields, with the public number as id", () => {
    const posting = toLeverPosting(boardJob(), context);
    expect(posting).toMatchObject({
      id: "42",
      text: "Senior Backend Engineer",
      categories: {
        commitment: "Full-time",
        department: "Engineering",
        location: "Remote (Europe)",
        team: "Engineering",
        allLocations: ["Remote (Europe)"],
      },
      lists: [],
      additional: "",
      additionalPlain: "",
      hostedUrl: "https://jobs.example.com/careers/acme/senior-backend-engineer",
      applyUrl: "https://jobs.example.com/careers/acme/senior-backend-engineer/apply",
      workplaceType: "remote",
      salaryRange: { currency: "EUR", interval: "per-year-salary", min: 85_000, max: 110_000 },
      salaryDescriptionPlain: "€85,000 – €110,000 per year",
      createdAt: Date.parse("2025-02-20T08:00:00Z"),
    });
    expect(posting.description).toContain("<h2>What you'll do</h2>");
    expect(posting.descriptionPlain).not.toContain("<");
  });

  it.each([
    ["on_site", "onsite"],
    ["hybrid", "hybrid"],
    ["remote", "remote"],
  ] as const)("spells %s as Lever does (%s)", (ours, lever) => {
    expect(toLeverPosting(boardJob({ workplaceType: ours }), context).workplaceType).toBe(lever);
  });

  it.each([
    ["year", "per-year-salary"],
    ["month", "per-month-salary"],
    ["week", "per-week-salary"],
    ["day", "per-day-wage"],
    ["hour", "per-hour-wage"],
  ] as const)("names the %s pay interval %s", (period, interval) => {
    expect(toLeverPosting(boardJob({ payPeriod: period }), context).salaryRange?.interval).toBe(interval);
  });

  it("omits the salary range and empty categories when the job has none", () => {
    const posting = toLeverPosting(
      boardJob({ payMin: null, payMax: null, payCurrency: null, payPeriod: null, department: null, location: null, workplaceType: "on_site" }),
      context,
    );
    expect(posting).not.toHaveProperty("salaryRange");
    expect(posting).not.toHaveProperty("salaryDescription");
    expect(JSON.parse(JSON.stringify(posting.categories))).toEqual({ commitment: "Full-time", allLocations: [] });
  });

  it("never emits internal ids", () => {
    const json = JSON.stringify(toLeverPosting(boardJob(), context));
    expect(json).not.toContain(publicJob().id);
  });
});

const parse = (query: string) => parseLeverQuery(new URLSearchParams(query));

describe("parseLeverQuery", () => {
  it("reads repeated filters, skip and limit, ignoring mode", () => {
    expect(parse("mode=json&location=Berlin&location=%20London%20&team=Design&skip=2&limit=10&commitment=")).toEqual({
      ok: true,
      query: { skip: 2, limit: 10, location: ["berlin", "london"], commitment: [], team: ["design"], department: [] },
    });
    expect(parse("")).toEqual({ ok: true, query: { skip: undefined, limit: undefined, location: [], commitment: [], team: [], department: [] } });
    expect(parse("limit=100&skip=0")).toMatchObject({ ok: true, query: { skip: 0, limit: 100 } });
  });

  it.each([
    ["limit=abc", "limit must be a whole number from 0 to 100"],
    ["limit=101", "limit must be a whole number from 0 to 100"],
    ["limit=-1", "limit must be a whole number from 0 to 100"],
    ["limit=2.5", "limit must be a whole number from 0 to 100"],
    ["skip=x", "skip must be a whole number, 0 or more"],
    ["skip=-3&limit=abc", "skip must be a whole number, 0 or more; limit must be a whole number from 0 to 100"],
  ])("rejects %s with a message that says what is wrong", (query, error) => {
    expect(parse(query)).toEqual({ ok: false, error });
  });
});

describe("filterPostings", () => {
  const postings = [
    toLeverPosting(boardJob({ publicId: 1, location: "Berlin", department: "Design", employmentType: "full_time" }), context),
    toLeverPosting(boardJob({ publicId: 2, location: "London", department: "Engineering", employmentType: "contract" }), context),
    toLeverPosting(boardJob({ publicId: 3, location: "Berlin", department: "Engineering", employmentType: "contract" }), context),
    toLeverPosting(boardJob({ publicId: 4, location: null, department: null, workplaceType: "on_site" }), context),
  ];
  const ids = (query: string) => {
    const parsed = parse(query);
    if (!parsed.ok) throw new Error(parsed.error);
    return filterPostings(postings, parsed.query).map((posting) => posting.id);
  };

  it("matches each filter exactly, ignoring case, and any of a repeated filter", () => {
    expect(ids("location=berlin")).toEqual(["1", "3"]);
    expect(ids("location=Berl")).toEqual([]);
    expect(ids("location=Berlin&location=LONDON")).toEqual(["1", "2", "3"]);
    expect(ids("commitment=Contract")).toEqual(["2", "3"]);
    expect(ids("team=engineering")).toEqual(["2", "3"]);
    expect(ids("department=Design")).toEqual(["1"]);
    expect(ids("location=Berlin&department=Engineering")).toEqual(["3"]);
  });

  it("pages after filtering", () => {
    expect(ids("skip=1")).toEqual(["2", "3", "4"]);
    expect(ids("limit=2")).toEqual(["1", "2"]);
    expect(ids("skip=1&limit=1")).toEqual(["2"]);
    expect(ids("location=Berlin&skip=1&limit=5")).toEqual(["3"]);
    expect(ids("limit=0")).toEqual([]);
    expect(ids("skip=10")).toEqual([]);
  });
});
