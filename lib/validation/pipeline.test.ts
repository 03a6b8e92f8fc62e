import { describe, expect, it } from "vitest";
import { boardFiltersSearch, parseBoardFilters } from "./pipeline";

// The board's filters travel from the board's URL to the application page's and back in the query string.

describe("the board's filters in a URL", () => {
  it("are read leniently: the first of repeated values, malformed dates dropped, empty values absent", () => {
    expect(parseBoardFilters({ q: ["ada", "bob"], source: "", from: "2026-13", to: "2026-12-01", view: "archive" })).toEqual({ q: "ada", to: "2026-12-01" });
    expect(parseBoardFilters({})).toEqual({});
  });

  it("go back into a query string that reads as the same filters, or none at all", () => {
    const filters = { q: "Ada & Grace", source: "careers page", from: "2026-01-01" };
    const search = boardFiltersSearch(filters);
    expect(search).toBe("?q=Ada+%26+Grace&source=careers+page&from=2026-01-01");
    expect(parseBoardFilters(Object.fromEntries(new URLSearchParams(search)))).toEqual(filters);
    expect(boardFiltersSearch({})).toBe("");
  });
});
