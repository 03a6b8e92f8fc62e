import { describe, expect, it } from "vitest";
import { determinedUnknowns } from "./linear-disclosure";

// Unknowns 0, 1, 2, …; each equation lists [unknown, coefficient] (the known terms don't matter).
describe("which hidden numbers a set of sums gives away", () => {
  it("gives away the one unknown of a sum", () => {
    expect(determinedUnknowns([[[0, 1]]], 1)).toEqual(new Set([0]));
  });

  it("keeps two unknowns of one sum, and gives both away once a second sum tells them apart", () => {
    expect(determinedUnknowns([[[0, -1], [1, -1]]], 2)).toEqual(new Set());
    expect(determinedUnknowns([[[0, -1], [1, -1]], [[0, 1], [1, -1]]], 2)).toEqual(new Set([0, 1]));
    // a + b, a − c and b + c known: the third is the first minus the second, so nothing more is known.
    expect(determinedUnknowns([[[0, 1], [1, 1]], [[0, 1], [2, -1]], [[1, 1], [2, 1]]], 3)).toEqual(new Set());
  });

  it("finds a number pinned only by several sums together (a two-by-two table with one margin known on each side)", () => {
    // a + b = r1, c + d = r2, a + c = c1 (b, c, d, a unknown; r1, r2, c1 known) leaves one free unknown: none is pinned.
    expect(determinedUnknowns([[[0, 1], [1, 1]], [[2, 1], [3, 1]], [[0, 1], [2, 1]]], 4)).toEqual(new Set());
    // Add b + d = c2: still one degree of freedom (the four sums are dependent), so still none.
    expect(determinedUnknowns([[[0, 1], [1, 1]], [[2, 1], [3, 1]], [[0, 1], [2, 1]], [[1, 1], [3, 1]]], 4)).toEqual(new Set());
    // A fifth unknown e with a + e known and e alone known: e, then a, then b, c, d follow.
    expect(determinedUnknowns([[[0, 1], [1, 1]], [[2, 1], [3, 1]], [[0, 1], [2, 1]], [[0, 1], [4, 1]], [[4, 1]]], 5)).toEqual(new Set([0, 1, 2, 3, 4]));
  });
});
