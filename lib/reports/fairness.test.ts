import { describe, expect, it } from "vitest";
import { adverseImpact, groupLabel, suppressedGroups, suppressionThreshold, type FairnessRow, type GroupCount } from "./fairness";

const shown = (rows: FairnessRow[]) => rows.filter((row) => !row.suppressed);
const byGroup = (rows: FairnessRow[], group: string) => rows.find((row) => row.group === group)!;

describe("adverse impact", () => {
  it("compares each group's selection rate with the highest and flags ratios under four fifths", () => {
    const rows = adverseImpact(
      [
        { group: "man", considered: 100, selected: 50 },
        { group: "woman", considered: 100, selected: 35 },
        { group: "decline", considered: 20, selected: 9 },
      ],
      5,
    );
    expect(byGroup(rows, "man")).toMatchObject({ rate: 0.5, impactRatio: 1, flagged: false, highest: true, significance: null });
    expect(byGroup(rows, "woman")).toMatchObject({ rate: 0.35, flagged: true });
    expect((byGroup(rows, "woman") as { impactRatio: number }).impactRatio).toBeCloseTo(0.7, 10);
    expect(byGroup(rows, "woman")).toMatchObject({ significance: { test: "z" } });
    // "Decline to answer" is a group of its own, compared like any other.
    expect((byGroup(rows, "decline") as { impactRatio: number }).impactRatio).toBeCloseTo(0.9, 10);
    expect(byGroup(rows, "decline")).toMatchObject({ flagged: false, significance: { test: "fisher" } });
  });

  it("shows no rate or ratio for a group under the threshold, and compares with the highest group shown", () => {
    const rows = adverseImpact(
      [
        { group: "man", considered: 40, selected: 10 },
        { group: "woman", considered: 30, selected: 15 },
        { group: "non_binary", considered: 3, selected: 3 },
        { group: "decline", considered: 12, selected: 6 },
      ],
      5,
    );
    expect(byGroup(rows, "non_binary")).toEqual({ group: "non_binary", suppressed: true });
    expect(byGroup(rows, "woman")).toMatchObject({ highest: true, impactRatio: 1 });
    // Complement protection hides the smallest group shown as well: 3 alone would be the total minus the rest.
    expect(byGroup(rows, "decline")).toEqual({ group: "decline", suppressed: true });
    expect(JSON.stringify(rows)).not.toMatch(/"considered":(3|12)[,}]/);
  });

  it("never lets the threshold go below five", () => {
    expect(suppressionThreshold(undefined)).toBe(5);
    expect(suppressionThreshold(2)).toBe(5);
    expect(suppressionThreshold(10)).toBe(10);
  });
});

describe("small-group suppression and complement protection", () => {
  it("suppresses a second group when one suppressed group could be computed as the total minus the others", () => {
    const groups: GroupCount[] = [
      { group: "a", considered: 40, selected: 10 },
      { group: "b", considered: 6, selected: 2 },
      { group: "c", considered: 9, selected: 3 },
      { group: "d", considered: 2, selected: 1 },
    ];
    expect([...suppressedGroups(groups, 5)].sort()).toEqual(["b", "d"]);
  });

  it("keeps suppressing until the hidden groups hold at least the threshold together", () => {
    const groups: GroupCount[] = [
      { group: "a", considered: 50, selected: 10 },
      { group: "b", considered: 1, selected: 1 },
      { group: "c", considered: 1, selected: 0 },
      { group: "d", considered: 6, selected: 3 },
    ];
    const hidden = suppressedGroups(groups, 5);
    expect([...hidden].sort()).toEqual(["b", "c", "d"]);
  });

  it("suppresses nothing when every group is large enough", () => {
    expect(suppressedGroups([{ group: "a", considered: 5, selected: 1 }, { group: "b", considered: 7, selected: 1 }], 5).size).toBe(0);
  });

  // The property the issue asks for: for every table of group sizes, knowing the step's total (the funnel
  // report shows it) and every group shown, no suppressed group's size can be worked out, and whatever can
  // be worked out (the suppressed groups together) holds at least the threshold.
  it("never reveals a suppressed group through the total, for any combination of small groups", () => {
    const sizes = [0, 1, 2, 3, 4, 5, 6, 8, 13];
    for (const threshold of [5, 7]) {
      for (const a of sizes)
        for (const b of sizes)
          for (const c of sizes)
            for (const d of sizes) {
              const groups = [a, b, c, d].map((considered, i) => ({ group: `g${i}`, considered, selected: Math.floor(considered / 2) }));
              const rows = adverseImpact(groups, threshold);
              const hidden = rows.filter((row) => row.suppressed);
              for (const row of shown(rows)) expect((row as { considered: number }).considered).toBeGreaterThanOrEqual(threshold);
              if (hidden.length === 0 || hidden.length === rows.length) continue;
              const total = groups.reduce((sum, g) => sum + g.considered, 0);
              const visible = shown(rows).reduce((sum, row) => sum + (row as { considered: number }).considered, 0);
              const context = JSON.stringify({ threshold, sizes: [a, b, c, d] });
              expect(hidden.length, context).toBeGreaterThanOrEqual(2);
              expect(total - visible, context).toBeGreaterThanOrEqual(threshold);
            }
    }
  });

  it("labels answers by the form's wording, with no answer apart from declining", () => {
    expect(groupLabel("gender", "decline")).toBe("Decline to answer");
    expect(groupLabel("gender", "not_provided")).toBe("Not provided");
    expect(groupLabel("sex_ethnicity", "woman|asian")).toBe("Woman · Asian");
  });
});
