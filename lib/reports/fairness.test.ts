import { describe, expect, it } from "vitest";
import { adverseImpact, fairnessGroups, groupLabel, suppressionThreshold, type FairnessRow } from "./fairness";

const byGroup = (rows: FairnessRow[], group: string) => rows.find((row) => row.group === group)!;

describe("adverse impact", () => {
  it("compares each group's selection rate with the highest and flags ratios under four fifths", () => {
    const rows = adverseImpact(
      [
        { group: "man", considered: 100, selected: 50 },
        { group: "woman", considered: 100, selected: 35 },
        { group: "decline", considered: 20, selected: 9 },
      ],
      new Set(),
    );
    expect(byGroup(rows, "man")).toMatchObject({ rate: 0.5, impactRatio: 1, flagged: false, highest: true, significance: null });
    expect(byGroup(rows, "woman")).toMatchObject({ rate: 0.35, flagged: true });
    expect((byGroup(rows, "woman") as { impactRatio: number }).impactRatio).toBeCloseTo(0.7, 10);
    expect(byGroup(rows, "woman")).toMatchObject({ significance: { test: "z" } });
    // "Decline to answer" is a group of its own, compared like any other.
    expect((byGroup(rows, "decline") as { impactRatio: number }).impactRatio).toBeCloseTo(0.9, 10);
    expect(byGroup(rows, "decline")).toMatchObject({ flagged: false, significance: { test: "fisher" } });
  });

  it("shows no rate or ratio for a hidden group, and compares with the highest group shown", () => {
    const rows = adverseImpact(
      [
        { group: "man", considered: 40, selected: 10 },
        { group: "woman", considered: 30, selected: 15 },
        { group: "non_binary", considered: 3, selected: 3 },
        { group: "decline", considered: 12, selected: 6 },
      ],
      new Set(["non_binary", "decline"]),
    );
    expect(byGroup(rows, "non_binary")).toEqual({ group: "non_binary", suppressed: true });
    expect(byGroup(rows, "woman")).toMatchObject({ highest: true, impactRatio: 1 });
    expect(byGroup(rows, "decline")).toEqual({ group: "decline", suppressed: true });
    expect(JSON.stringify(rows)).not.toMatch(/"considered":(3|12)[,}]/);
  });

  it("never lets the threshold go below five", () => {
    expect(suppressionThreshold(undefined)).toBe(5);
    expect(suppressionThreshold(2)).toBe(5);
    expect(suppressionThreshold(10)).toBe(10);
  });
});

describe("groups", () => {
  it("lists every answer, then no answer, and every pair for the intersectional table", () => {
    expect(fairnessGroups("gender")).toEqual(["woman", "man", "non_binary", "self_describe", "decline", "not_provided"]);
    expect(fairnessGroups("sex_ethnicity")).toHaveLength(fairnessGroups("gender").length * fairnessGroups("ethnicity").length);
  });

  it("labels answers by the form's wording, with no answer apart from declining", () => {
    expect(groupLabel("gender", "decline")).toBe("Decline to answer");
    expect(groupLabel("gender", "not_provided")).toBe("Not provided");
    expect(groupLabel("sex_ethnicity", "woman|asian")).toBe("Woman · Asian");
  });
});
