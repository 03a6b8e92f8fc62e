import { selfIdentificationQuestions, type SelfIdentificationField } from "@/lib/validation/self-identification";
import { stageKindLabels } from "@/lib/jobs/labels";
import { funnelStages } from "./funnel";
import { significance, type Significance } from "./statistics";
import type { StageKind } from "@/lib/enums";

// Adverse impact (EEOC Uniform Guidelines, 29 CFR 1607.4(D)): at each step of the pipeline, each group's
// selection rate against the highest group's. Groups too small to show are suppressed, and so are enough
// others that no total can give a suppressed one away.

/** The four-fifths rule: an impact ratio below this is evidence of adverse impact. */
export const FOUR_FIFTHS = 0.8;
/** The smallest group shown. Organisations may raise it, never lower it. */
export const MIN_GROUP_SIZE = 5;

export function suppressionThreshold(configured: number | undefined): number {
  return Math.max(MIN_GROUP_SIZE, Math.floor(configured ?? MIN_GROUP_SIZE));
}

/** No answer stored (the applicant skipped the question or the form), kept apart from "Decline to answer". */
export const NOT_PROVIDED = "not_provided";

export type FairnessDimension = SelfIdentificationField | "sex_ethnicity";
export const fairnessDimensions = ["gender", "ethnicity", "veteranStatus", "disability", "sex_ethnicity"] as const satisfies FairnessDimension[];

export const fairnessDimensionLabels: Record<FairnessDimension, string> = {
  gender: selfIdentificationQuestions.gender.label,
  ethnicity: selfIdentificationQuestions.ethnicity.label,
  veteranStatus: selfIdentificationQuestions.veteranStatus.label,
  disability: selfIdentificationQuestions.disability.label,
  sex_ethnicity: "Gender and race or ethnicity (intersectional)",
};

/** The label of one answer (or "Not provided"); an intersectional group is "gender|ethnicity". */
export function groupLabel(dimension: FairnessDimension, value: string): string {
  if (dimension === "sex_ethnicity") {
    const [gender = NOT_PROVIDED, ethnicity = NOT_PROVIDED] = value.split("|");
    return `${groupLabel("gender", gender)} · ${groupLabel("ethnicity", ethnicity)}`;
  }
  if (value === NOT_PROVIDED) return "Not provided";
  const options: readonly (readonly [string, string])[] = selfIdentificationQuestions[dimension].options;
  return options.find(([key]) => key === value)?.[1] ?? value;
}

/** One group at one step: how many reached the step (considered) and how many of them reached the next (selected). */
export type GroupCount = { group: string; considered: number; selected: number };

export type FairnessRow =
  | { group: string; suppressed: true }
  | {
      group: string;
      suppressed: false;
      considered: number;
      selected: number;
      rate: number | null;
      /** Against the highest rate among the groups shown; null when that rate is 0. */
      impactRatio: number | null;
      flagged: boolean;
      /** Against the highest-rate group; null for that group itself. */
      significance: Significance | null;
      highest: boolean;
    };

/**
 * Which groups to suppress: each smaller than the threshold, then (complement protection) the smallest
 * shown groups as well until the suppressed ones are at least two and hold at least `threshold`
 * applicants together. The funnel report shows each step's total, so one suppressed group alone would
 * be that total minus the groups shown; two or more holding `threshold` people reveal no one.
 */
export function suppressedGroups(groups: GroupCount[], threshold: number): Set<string> {
  const suppressed = new Set(groups.filter((g) => g.considered < threshold).map((g) => g.group));
  if (suppressed.size === 0) return suppressed;
  const shown = groups.filter((g) => !suppressed.has(g.group)).sort((a, b) => a.considered - b.considered || a.group.localeCompare(b.group));
  const hidden = () => groups.filter((g) => suppressed.has(g.group)).reduce((sum, g) => sum + g.considered, 0);
  while (shown.length > 0 && (suppressed.size < 2 || hidden() < threshold)) suppressed.add(shown.shift()!.group);
  return suppressed;
}

/** Selection rates, impact ratios against the highest shown rate, the four-fifths flag and a significance test, for one step. */
export function adverseImpact(groups: GroupCount[], threshold: number): FairnessRow[] {
  const suppressed = suppressedGroups(groups, threshold);
  const shown = groups.filter((g) => !suppressed.has(g.group) && g.considered > 0);
  const reference = shown.reduce<GroupCount | null>((best, g) => (!best || g.selected / g.considered > best.selected / best.considered ? g : best), null);
  const highestRate = reference ? reference.selected / reference.considered : 0;
  return groups.map((g): FairnessRow => {
    if (suppressed.has(g.group)) return { group: g.group, suppressed: true };
    const rate = g.considered > 0 ? g.selected / g.considered : null;
    const impactRatio = rate !== null && highestRate > 0 ? rate / highestRate : null;
    const highest = reference?.group === g.group;
    return {
      group: g.group,
      suppressed: false,
      considered: g.considered,
      selected: g.selected,
      rate,
      impactRatio,
      flagged: impactRatio !== null && impactRatio < FOUR_FIFTHS,
      significance: highest || !reference ? null : significance(g.selected, g.considered, reference.selected, reference.considered),
      highest,
    };
  });
}

/** The steps adverse impact is measured at: from each kind of stage to the next. */
export const fairnessTransitions = funnelStages.slice(0, -1).map((from, index) => {
  const to = funnelStages[index + 1]!;
  return { from, to, label: `${stageKindLabels[from]} → ${stageKindLabels[to]}` };
});

/** Per group, how many applications reached each kind of stage: what the database hands over (aggregates only). */
export type GroupReach = { group: string; reached: Record<StageKind, number> };

export function transitionCounts(rows: GroupReach[], from: StageKind, to: StageKind): GroupCount[] {
  return rows.map((row) => ({ group: row.group, considered: row.reached[from], selected: row.reached[to] }));
}
