import { selfIdentificationQuestions, type SelfIdentificationField } from "@/lib/validation/self-identification";
import { stageKindLabels } from "@/lib/jobs/labels";
import { funnelStages } from "./funnel";
import { significance, type Significance } from "./statistics";
import type { StageKind } from "@/lib/enums";

// Adverse impact (EEOC Uniform Guidelines, 29 CFR 1607.4(D)): at each step of the pipeline, each group's
// selection rate against the highest group's. Which groups are too small to show, and which others must
// be hidden so that no sum gives a small one away, is decided in ./fairness-suppression.ts.

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

/**
 * Every group a question's table lists, answered or not: each answer of the form, then "Not provided"; the
 * intersectional table every pair. Listing the empty ones too means a table never tells, by leaving a row
 * out, that every applicant gave the same answer.
 */
export function fairnessGroups(dimension: FairnessDimension): string[] {
  if (dimension === "sex_ethnicity") return fairnessGroups("gender").flatMap((gender) => fairnessGroups("ethnicity").map((ethnicity) => `${gender}|${ethnicity}`));
  return [...selfIdentificationQuestions[dimension].options.map(([key]) => key), NOT_PROVIDED];
}

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

/** Selection rates, impact ratios against the highest shown rate, the four-fifths flag and a significance test, for one step. */
export function adverseImpact(groups: GroupCount[], suppressed: ReadonlySet<string>): FairnessRow[] {
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
