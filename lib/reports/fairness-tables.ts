import type { StageKind } from "@/lib/enums";
import { adverseImpact, fairnessDimensionLabels, fairnessTransitions, groupLabel, transitionCounts, type FairnessDimension, type FairnessRow } from "./fairness";
import type { ProtectedGroup } from "./fairness-suppression";
import { formatShare } from "./funnel";
import type { Cell, ReportTable } from "./tables";

// The fairness report's tables: the page's (one step per dimension) and the NYC Local Law 144-shaped
// export (every step, every dimension), both from `adverseImpact`, so both suppress the same groups.

const FAIRNESS_HEADER = ["Group", "Applicants at this step", "Selected for the next", "Selection rate", "Impact ratio", "Below four fifths", "Significance test", "p-value"];

const testLabels = { fisher: "Fisher's exact", z: "Two-proportion z" } as const;

function cells(dimension: FairnessDimension, row: FairnessRow, threshold: number): Cell[] {
  const label = groupLabel(dimension, row.group);
  if (row.suppressed) return [label, `<${threshold}`, "–", "–", "–", "–", "–", "–"];
  return [
    label,
    row.considered,
    row.selected,
    formatShare(row.rate),
    row.impactRatio === null ? "–" : row.impactRatio.toFixed(3),
    row.impactRatio === null ? "–" : row.flagged ? "Yes" : "No",
    row.highest ? "Comparison group" : row.significance ? testLabels[row.significance.test] : "–",
    row.significance ? row.significance.p.toFixed(4) : "–",
  ];
}

/** One step's rows: the groups hidden from that step on (the suppression plan) show "<threshold". */
function stepRows(groups: ProtectedGroup[], step: number): FairnessRow[] {
  const transition = fairnessTransitions[step]!;
  const hidden = new Set(groups.filter((group) => group.hiddenFrom <= step).map((group) => group.group));
  return adverseImpact(transitionCounts(groups, transition.from, transition.to), hidden);
}

export function fairnessTable(dimension: FairnessDimension, groups: ProtectedGroup[], from: StageKind, threshold: number): ReportTable {
  const step = fairnessTransitions.findIndex((t) => t.from === from);
  const transition = fairnessTransitions[step]!;
  return {
    id: `fairness-${dimension}`,
    title: fairnessDimensionLabels[dimension],
    caption: `${transition.label}: selection rate per group, impact ratio against the highest rate, and whether the gap is significant`,
    header: FAIRNESS_HEADER,
    rows: stepRows(groups, step).map((row) => cells(dimension, row, threshold)),
  };
}

const ll144Categories: Partial<Record<FairnessDimension, string>> = { gender: "Sex", ethnicity: "Race/Ethnicity", sex_ethnicity: "Intersectional" };

/**
 * Every step and category in one sheet, in the shape of a NYC Local Law 144 bias-audit summary: the
 * category, selection rate and impact ratio per group, by sex, by race/ethnicity and intersectionally.
 */
export function ll144Rows(groupsOf: (dimension: FairnessDimension) => ProtectedGroup[], threshold: number): Cell[][] {
  const rows: Cell[][] = [["Category type", "Step", ...FAIRNESS_HEADER]];
  for (const [dimension, category] of Object.entries(ll144Categories) as [FairnessDimension, string][]) {
    fairnessTransitions.forEach((transition, step) => {
      for (const row of stepRows(groupsOf(dimension), step)) rows.push([category, transition.label, ...cells(dimension, row, threshold)]);
    });
  }
  return rows;
}
