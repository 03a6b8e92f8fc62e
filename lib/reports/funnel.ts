import { stageKinds, type StageKind } from "@/lib/enums";
import { stageKindLabels } from "@/lib/jobs/labels";

/** The funnel's steps: the kinds of stage every job's pipeline is made of, in order. */
export const funnelStages = stageKinds;

/** How many applications reached each kind of stage (the furthest they got, so a skipped stage counts as passed). */
export type Reached = Record<StageKind, number>;

export type FunnelStep = {
  kind: StageKind;
  label: string;
  reached: number;
  /** Share of the previous step's applications that reached this one; null for the first step or when none reached the previous. */
  conversion: number | null;
  /** Applications that reached the previous step but not this one. */
  dropOff: number | null;
  /** Share of all applications that reached this step. */
  ofApplied: number | null;
};

/** A share, or null when the whole is 0 (shown as "–", never as 0 % or NaN). */
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

export function funnelSteps(reached: Reached): FunnelStep[] {
  return funnelStages.map((kind, index) => {
    const previous = index > 0 ? reached[funnelStages[index - 1]!] : null;
    return {
      kind,
      label: stageKindLabels[kind],
      reached: reached[kind],
      conversion: previous === null ? null : ratio(reached[kind], previous),
      dropOff: previous === null ? null : previous - reached[kind],
      ofApplied: ratio(reached[kind], reached.applied),
    };
  });
}

/** "42.9 %", or "–" for no share. One decimal, so a rate near the four-fifths line is not rounded across it. */
export function formatShare(share: number | null): string {
  return share === null ? "–" : `${(share * 100).toFixed(1)} %`;
}

/** A duration in days with one decimal ("3.5"), or "–". */
export function formatDays(days: number | null): string {
  return days === null ? "–" : days.toFixed(1);
}
