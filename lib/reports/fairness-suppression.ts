import type { StageKind } from "@/lib/enums";
import { fairnessDimensions, fairnessGroups, fairnessTransitions, type FairnessDimension, type GroupReach } from "./fairness";
import { funnelStages } from "./funnel";
import { determinedUnknowns } from "./linear-disclosure";

// Which fairness numbers may be shown, decided once for every view a viewer can ask for, so that no two
// views together give away a group that one view hides.
//
// The numbers: for a scope (the organisation, a department, a job: the fairness report's only filters,
// over one calendar year) and a group (an answer to one self-identification question, or a pair of
// answers for the intersectional table), how many applications reached each kind of stage: reach[0]
// applied … reach[4] hired. The table at step s shows a group's reach[s] ("applicants at this step") and
// reach[s + 1] ("selected for the next"). What must stay secret is the outcome of a group too small to
// show: reach[s + 1] of a group whose reach[s] is under the threshold.
//
// The attack: sums. A scope's total per stage is public (the funnel report). A total is the sum of its
// groups; a department's group is the sum of that group in its jobs, the organisation's the sum over its
// departments (and over all its jobs); a gender's count is the sum of its intersectional cells, and so
// is an ethnicity's. Each such sum is a `Partition`: when the parent is shown at a step, the children
// hidden at that step are worked out together (parent minus the children shown), so there must be none,
// or at least two holding at least `threshold` applicants at that step between them. When there are not,
// more children are hidden (the smallest first), and when no child is left to hide, the parent is.
//
// A cell hidden at a step stays hidden at every later step (its later counts are its hidden outcome), so
// a plan is one number per cell: the first step at which it is hidden. Hiding only grows, so applying the
// partitions until nothing changes ends.

/** One count vector: reach per kind of stage, applied first. `pinned` cells (the public totals) are never hidden. */
export type SuppressionCell = { id: string; reach: readonly number[]; pinned?: boolean };

/** The parent is the sum of the children (a child missing from the cells is a known zero). */
export type Partition = { parent: string; children: readonly string[] };

/** The number of steps: a cell hidden "at" this step is never hidden. */
export const NEVER = fairnessTransitions.length;

/** The first step at which each cell is hidden (`NEVER`: shown at every step). */
export type SuppressionPlan = ReadonlyMap<string, number>;

/**
 * A group's own first hidden step: where it has applicants, but fewer than the threshold. An empty group (0)
 * is no one's secret and stays shown, unless it has to be hidden for another's sake: a job's three
 * applicants who all gave the same answer hide the zeros beside them too, or the zeros would tell.
 */
function firstSmallStep(reach: readonly number[], threshold: number): number {
  for (let step = 0; step < NEVER; step++) {
    const count = reach[step] ?? 0;
    if (count > 0 && count < threshold) return step;
  }
  return NEVER;
}

export function planSuppression(cells: readonly SuppressionCell[], partitions: readonly Partition[], threshold: number): SuppressionPlan {
  const byId = new Map(cells.map((cell) => [cell.id, cell]));
  const hiddenFrom = new Map(cells.map((cell) => [cell.id, cell.pinned ? Infinity : firstSmallStep(cell.reach, threshold)]));
  const at = (id: string, step: number) => byId.get(id)!.reach[step] ?? 0;
  const live = partitions.filter((partition) => byId.has(partition.parent)).map(({ parent, children }) => ({ parent, children: children.filter((id) => byId.has(id)) }));

  /** Hides `id` from `step` on (when it was shown then). */
  const hide = (id: string, step: number) => {
    if (hiddenFrom.get(id)! <= step || byId.get(id)!.pinned) return false;
    hiddenFrom.set(id, step);
    return true;
  };

  /** Applies every partition's rule until none asks for more. */
  function applyPartitions() {
    let changed = true;
    while (changed) {
      changed = false;
      for (const { parent, children: present } of live) {
        for (let step = 0; step < NEVER; step++) {
          const parentHidden = hiddenFrom.get(parent)! <= step;
          const hidden = present.filter((id) => hiddenFrom.get(id)! <= step);
          const safe = () => {
            // Parent hidden: the children must not all be shown, or their sum gives the parent away.
            if (parentHidden) return hidden.length > 0 || present.length === 0;
            // Parent shown: the hidden children are known together (parent minus the children shown). Safe when
            // there are none; else at least two, not all empty (a sum of 0 tells each is 0), and holding the
            // threshold between them when one of them is a small group.
            if (hidden.length === 0) return true;
            const sum = hidden.reduce((total, id) => total + at(id, step), 0);
            const small = hidden.some((id) => at(id, step) > 0 && at(id, step) < threshold);
            return hidden.length >= 2 && sum > 0 && (!small || sum >= threshold);
          };
          if (safe()) continue;
          // Hide the smallest groups with someone in them first (they add to the sum), empty ones last.
          const shown = present.filter((id) => hiddenFrom.get(id)! > step).sort(smallestFirst(step));
          while (!safe() && shown.length > 0) {
            const next = shown.shift()!;
            changed = hide(next, step) || changed;
            hidden.push(next);
          }
          // Nothing left to hide but the parent. A public total stays: its hidden groups are then every group.
          if (!safe() && !parentHidden) changed = hide(parent, step) || changed;
        }
      }
    }
  }

  const smallestFirst = (step: number) => (a: string, b: string) =>
    Number(at(a, step) === 0) - Number(at(b, step) === 0) || at(a, step) - at(b, step) || a.localeCompare(b);

  /**
   * The audit: the partitions' rule stops every difference of two views and every chain of them, but
   * several sums solved together (a table of genders by ethnicities with both margins shown, say) can
   * still pin a cell down. Solve them as a linear system per stage, as an attacker would, and hide one
   * more neighbour of each number it determines, until it determines none.
   */
  function audit(): boolean {
    let changed = false;
    // Stage 1 (Screen) is unknown exactly where stage 0 (Applied) is: hidden from the first step.
    for (const stage of [0, ...Array.from({ length: NEVER - 1 }, (_, i) => i + 2)]) {
      // A cell's count at a stage is unknown when it is hidden at the step that shows it.
      const unknownAt = (id: string) => hiddenFrom.get(id)! <= Math.max(stage - 1, 0) && (stage > 0 || hiddenFrom.get(id) === 0);
      const unknown = cells.filter((cell) => unknownAt(cell.id)).map((cell) => cell.id);
      if (unknown.length === 0) continue;
      const column = new Map(unknown.map((id, i) => [id, i]));
      const equations = live.map(({ parent, children }) => [
        ...(column.has(parent) ? [[column.get(parent)!, 1] as const] : []),
        ...children.filter((id) => column.has(id)).map((id) => [column.get(id)!, -1] as const),
      ]);
      const step = Math.max(stage - 1, 0);
      for (const index of determinedUnknowns(equations, unknown.length)) {
        const id = unknown[index]!;
        // Give it a partner: the smallest shown sibling in a sum it is part of, or that sum's parent.
        for (const { parent, children } of live) {
          if (!children.includes(id) && parent !== id) continue;
          const candidates = (parent === id ? children : [...children.filter((c) => c !== id), parent]).filter((c) => hiddenFrom.get(c)! > step);
          const next = candidates.sort(smallestFirst(step)).find((c) => !byId.get(c)!.pinned);
          if (next && hide(next, step)) {
            changed = true;
            break;
          }
        }
      }
    }
    return changed;
  }

  do applyPartitions();
  while (audit());
  return hiddenFrom;
}

/**
 * The intersectional table (gender by ethnicity) is the organisation's only: at a department's or a job's
 * size nearly every pair is a small group, and the pairs, tied to both questions' tables, are what makes
 * hiding expensive to check (see the audit).
 */
export const intersectionalScope = "organization";
const hasTable = (scope: string, dimension: FairnessDimension) => dimension !== "sex_ethnicity" || scope === intersectionalScope;

/** What the database hands over: per job and group, how many applications reached each kind of stage. */
export type JobGroupReach = { jobId: string; department: string | null; dimension: FairnessDimension; group: string; reach: readonly number[] };

/** The views the fairness report offers: the organisation, one department (null: jobs without one), one job. */
export type FairnessScope = { job: string } | { department: string | null } | "organization";

const scopeKey = (scope: FairnessScope) =>
  scope === "organization" ? "organization" : "job" in scope ? `job:${scope.job}` : `department:${scope.department ?? ""}`;
const cellId = (scope: string, dimension: FairnessDimension | "total", group = "") => `${scope}\u0000${dimension}\u0000${group}`;

/**
 * The whole organisation's counts for one period, summed into every scope a viewer can pick, with the one
 * suppression plan that holds across all of them. The gender and ethnicity counts are read as the sums of
 * the intersectional cells, so the three tables come from one set of numbers.
 */
export function protectFairness(rows: readonly JobGroupReach[], threshold: number) {
  const sums = new Map<string, number[]>();
  const add = (id: string, reach: readonly number[]) => {
    const sum = sums.get(id) ?? Array<number>(NEVER + 1).fill(0);
    reach.forEach((count, stage) => (sum[stage] = (sum[stage] ?? 0) + count));
    sums.set(id, sum);
  };
  const groups = new Map<FairnessDimension, Set<string>>(fairnessDimensions.map((dimension) => [dimension, new Set(fairnessGroups(dimension))]));
  const jobsByDepartment = new Map<string, Set<string>>();
  for (const row of rows) {
    const entries: [FairnessDimension, string][] =
      row.dimension === "sex_ethnicity"
        ? [
            ["sex_ethnicity", row.group],
            ["gender", row.group.split("|")[0]!],
            ["ethnicity", row.group.split("|")[1]!],
          ]
        : [[row.dimension, row.group]];
    const department = `department:${row.department ?? ""}`;
    const job = `job:${row.jobId}`;
    jobsByDepartment.set(department, (jobsByDepartment.get(department) ?? new Set()).add(job));
    for (const scope of ["organization", department, job]) {
      for (const [dimension, group] of entries) if (hasTable(scope, dimension)) add(cellId(scope, dimension, group), row.reach);
      // Every application has one answer (or "not provided") per question: one question's sum is the total.
      if (row.dimension === "sex_ethnicity") add(cellId(scope, "total"), row.reach);
    }
    for (const [dimension, group] of entries) groups.get(dimension)!.add(group);
  }

  const scopes = ["organization", ...jobsByDepartment.keys(), ...[...jobsByDepartment.values()].flatMap((jobs) => [...jobs])];
  // A group nobody in a scope belongs to is a cell of zeros, hidden like any small group.
  for (const scope of scopes) for (const [dimension, names] of groups) if (hasTable(scope, dimension)) for (const group of names) add(cellId(scope, dimension, group), []);
  const partitions: Partition[] = [];
  for (const scope of scopes) {
    for (const dimension of fairnessDimensions.filter((d) => hasTable(scope, d))) {
      partitions.push({ parent: cellId(scope, "total"), children: [...groups.get(dimension)!].map((group) => cellId(scope, dimension, group)) });
    }
    if (!hasTable(scope, "sex_ethnicity")) continue;
    const pairs = [...groups.get("sex_ethnicity")!];
    for (const gender of groups.get("gender")!) {
      partitions.push({ parent: cellId(scope, "gender", gender), children: pairs.filter((p) => p.startsWith(`${gender}|`)).map((p) => cellId(scope, "sex_ethnicity", p)) });
    }
    for (const ethnicity of groups.get("ethnicity")!) {
      partitions.push({ parent: cellId(scope, "ethnicity", ethnicity), children: pairs.filter((p) => p.endsWith(`|${ethnicity}`)).map((p) => cellId(scope, "sex_ethnicity", p)) });
    }
  }
  for (const dimension of fairnessDimensions.filter((d) => d !== "sex_ethnicity")) {
    for (const group of groups.get(dimension)!) {
      const inScope = (scope: string) => cellId(scope, dimension, group);
      const allJobs = [...jobsByDepartment.values()].flatMap((jobs) => [...jobs]);
      partitions.push({ parent: inScope("organization"), children: [...jobsByDepartment.keys()].map(inScope) });
      partitions.push({ parent: inScope("organization"), children: allJobs.map(inScope) });
      for (const [department, jobs] of jobsByDepartment) partitions.push({ parent: inScope(department), children: [...jobs].map(inScope) });
    }
  }

  const cells: SuppressionCell[] = [...sums].map(([id, reach]) => ({ id, reach, pinned: id.endsWith(`\u0000total\u0000`) }));
  const plan = planSuppression(cells, partitions, threshold);

  return {
    /** The groups of one question in one scope, with the step from which each is hidden. */
    groupsIn(scope: FairnessScope, dimension: FairnessDimension): ProtectedGroup[] {
      const key = scopeKey(scope);
      if (!hasTable(key, dimension)) return [];
      return [...groups.get(dimension)!].map((group) => {
        const id = cellId(key, dimension, group);
        return { group, reached: reachedOf(sums.get(id) ?? []), hiddenFrom: plan.get(id) ?? 0 };
      });
    },
  };
}

export type ProtectedGroup = GroupReach & { hiddenFrom: number };

const reachedOf = (reach: readonly number[]): Record<StageKind, number> =>
  Object.fromEntries(funnelStages.map((kind, stage) => [kind, reach[stage] ?? 0])) as Record<StageKind, number>;
