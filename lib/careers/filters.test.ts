import { describe, expect, it } from "vitest";
import {
  countLabel,
  filterJobs,
  filterOptions,
  groupByDepartment,
  hasActiveFilters,
  OTHER_DEPARTMENT,
  parseCareersFilters,
  type FilterableJob,
} from "./filters";

const job = (title: string, rest: Partial<FilterableJob> = {}): FilterableJob => ({
  title,
  department: "Engineering",
  location: "Berlin, Germany",
  workplaceType: "on_site",
  employmentType: "full_time",
  ...rest,
});

const jobs = [
  job("Senior Backend Engineer", { location: "Remote (Europe)", workplaceType: "remote" }),
  job("Product Designer", { department: "Design", workplaceType: "hybrid" }),
  job("Field Technician", { department: "Operations", location: "Zürich, Switzerland", employmentType: "contract" }),
  job("Working Student", { department: null, location: null, employmentType: "part_time" }),
];

describe("parseCareersFilters", () => {
  it("reads every filter from the query", () => {
    expect(parseCareersFilters({ q: " backend ", department: "Engineering", location: "Berlin, Germany", workplace: "remote", type: "full_time" })).toEqual({
      q: "backend",
      department: "Engineering",
      location: "Berlin, Germany",
      workplace: "remote",
      type: "full_time",
    });
  });

  it("ignores empty, unknown and malformed values instead of failing", () => {
    expect(parseCareersFilters({ q: "", department: "   ", workplace: "moon", type: ["part_time", "x"], page: "2" })).toEqual({ type: "part_time" });
    expect(parseCareersFilters({ q: "x".repeat(500) })).toEqual({});
  });

  it("knows whether anything is filtered", () => {
    expect(hasActiveFilters({})).toBe(false);
    expect(hasActiveFilters({ workplace: "remote" })).toBe(true);
  });
});

describe("filterJobs", () => {
  const titles = (filters: Parameters<typeof filterJobs>[1]) => filterJobs(jobs, filters).map((j) => j.title);

  it("returns every job without filters", () => {
    expect(titles({})).toHaveLength(4);
  });

  it("filters by each field, and by all of them together", () => {
    expect(titles({ workplace: "remote" })).toEqual(["Senior Backend Engineer"]);
    expect(titles({ department: "Design" })).toEqual(["Product Designer"]);
    expect(titles({ location: "Zürich, Switzerland" })).toEqual(["Field Technician"]);
    expect(titles({ type: "part_time" })).toEqual(["Working Student"]);
    expect(titles({ department: "Engineering", workplace: "hybrid" })).toEqual([]);
  });

  it("searches title, department and location, ignoring case and accents, every word required", () => {
    expect(titles({ q: "BACKEND" })).toEqual(["Senior Backend Engineer"]);
    expect(titles({ q: "design" })).toEqual(["Product Designer"]);
    expect(titles({ q: "zurich" })).toEqual(["Field Technician"]);
    expect(titles({ q: "engineer europe" })).toEqual(["Senior Backend Engineer"]);
    expect(titles({ q: "engineer berlin" })).toEqual([]);
  });
});

describe("grouping and options", () => {
  it("groups by department alphabetically, with jobs without one last", () => {
    expect(groupByDepartment(jobs).map((group) => [group.department, group.jobs.length])).toEqual([
      ["Design", 1],
      ["Engineering", 1],
      ["Operations", 1],
      [OTHER_DEPARTMENT, 1],
    ]);
  });

  it("offers the departments and locations the open jobs have", () => {
    expect(filterOptions(jobs)).toEqual({
      departments: ["Design", "Engineering", "Operations"],
      locations: ["Berlin, Germany", "Remote (Europe)", "Zürich, Switzerland"],
    });
  });

  it("counts in words", () => {
    expect(countLabel(1)).toBe("1 open position");
    expect(countLabel(3)).toBe("3 open positions");
  });
});
