import { describe, expect, it } from "vitest";
import { fairnessDimensions, type FairnessDimension } from "./fairness";
import { determinedUnknowns } from "./linear-disclosure";
import { NEVER, planSuppression, protectFairness, type FairnessScope, type JobGroupReach, type SuppressionCell } from "./fairness-suppression";

/** One table: a public total and its groups (reach: applied, screen, …). */
function oneTable(sizes: Record<string, number>, threshold = 5) {
  const cells: SuppressionCell[] = Object.entries(sizes).map(([id, size]) => ({ id, reach: [size, Math.floor(size / 2)] }));
  const total = cells.reduce((sum, cell) => sum + cell.reach[0]!, 0);
  const plan = planSuppression([{ id: "total", reach: [total, Math.floor(total / 2)], pinned: true }, ...cells], [{ parent: "total", children: Object.keys(sizes) }], threshold);
  return new Set(Object.keys(sizes).filter((id) => plan.get(id) === 0));
}

describe("suppression within one table", () => {
  it("hides a small group, and the next smallest so that the total minus the rest gives neither away", () => {
    expect([...oneTable({ a: 40, b: 6, c: 9, d: 2 })].sort()).toEqual(["b", "d"]);
  });

  it("keeps hiding until the hidden groups hold at least the threshold together", () => {
    expect([...oneTable({ a: 50, b: 1, c: 1, d: 6 })].sort()).toEqual(["b", "c", "d"]);
  });

  it("hides nothing when every group is large enough", () => {
    expect(oneTable({ a: 5, b: 7 }).size).toBe(0);
  });

  it("never reveals a hidden group through the total, for any combination of small groups", () => {
    const sizes = [0, 1, 2, 3, 4, 5, 6, 8, 13];
    for (const threshold of [5, 7])
      for (const a of sizes)
        for (const b of sizes)
          for (const c of sizes)
            for (const d of sizes) {
              const groups = { g0: a, g1: b, g2: c, g3: d };
              const hidden = oneTable(groups, threshold);
              const context = JSON.stringify({ threshold, groups });
              // Shown: empty groups (no one's secret) and groups of at least the threshold.
              for (const [group, size] of Object.entries(groups)) if (!hidden.has(group) && size > 0) expect(size, context).toBeGreaterThanOrEqual(threshold);
              if (hidden.size === 0 || hidden.size === 4) continue;
              expect(hidden.size, context).toBeGreaterThanOrEqual(2);
              expect([...hidden].reduce((sum, group) => sum + groups[group as keyof typeof groups], 0), context).toBeGreaterThanOrEqual(threshold);
            }
  });

  it("keeps a group hidden at every later step once it is hidden", () => {
    const plan = planSuppression(
      [
        { id: "total", reach: [60, 30, 12, 4, 2], pinned: true },
        { id: "a", reach: [40, 20, 8, 2, 1] },
        { id: "b", reach: [20, 10, 4, 2, 1] },
      ],
      [{ parent: "total", children: ["a", "b"] }],
      5,
    );
    // b has 4 at Interview, so both are hidden from that step (a alone would be the total minus b).
    expect(plan.get("b")).toBe(2);
    expect(plan.get("a")).toBe(2);
  });
});

// ---- Across views: an attacker who reads every view and knows every sum ----------------------------------

const departments = ["Engineering", "Sales", null] as const;
const answers = {
  gender: ["man", "woman", "non_binary", "not_provided"],
  ethnicity: ["white", "asian", "black", "decline"],
  veteranStatus: ["protected_veteran", "not_veteran", "decline"],
  disability: ["yes", "no", "not_provided"],
};

function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random organisation: a few jobs in a few departments, applicants with skewed answers and outcomes. */
function randomOrganization(seed: number): JobGroupReach[] {
  const next = random(seed);
  const pick = <T,>(values: readonly T[], weights: number[]) => {
    let r = next() * weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < values.length; i++) if ((r -= weights[i]!) < 0) return values[i]!;
    return values[values.length - 1]!;
  };
  const rows = new Map<string, JobGroupReach>();
  const count = (jobId: string, department: string | null, dimension: FairnessDimension, group: string, furthest: number) => {
    const key = `${jobId}/${dimension}/${group}`;
    const row = rows.get(key) ?? { jobId, department, dimension, group, reach: [0, 0, 0, 0, 0] };
    (row.reach as number[]).forEach((_, stage, reach) => stage <= furthest && (reach[stage] = reach[stage]! + 1));
    rows.set(key, row);
  };
  const jobCount = 1 + Math.floor(next() * 5);
  for (let j = 0; j < jobCount; j++) {
    const jobId = `job-${j}`;
    const department = departments[Math.floor(next() * departments.length)]!;
    const applicants = Math.floor(next() * 30);
    for (let a = 0; a < applicants; a++) {
      const furthest = pick([0, 1, 2, 3, 4], [5, 4, 3, 2, 1]);
      const gender = pick(answers.gender, [10, 10, 1, 2]);
      const ethnicity = pick(answers.ethnicity, [10, 4, 3, 1]);
      count(jobId, department, "sex_ethnicity", `${gender}|${ethnicity}`, furthest);
      count(jobId, department, "veteranStatus", pick(answers.veteranStatus, [2, 20, 1]), furthest);
      count(jobId, department, "disability", pick(answers.disability, [2, 20, 1]), furthest);
    }
  }
  return [...rows.values()];
}

/**
 * What the attacker can work out: every view's shown numbers, each scope's public totals, and every sum
 * (total = its groups; department = its jobs; organisation = its departments, and = all its jobs; a gender or
 * an ethnicity = its intersectional pairs). Solved by Gaussian elimination per stage: a hidden number is
 * given away when the equations determine it alone. That covers subtracting one view from another, chains of
 * such differences, and any other combination. Returns the hidden numbers given away.
 */
function disclosed(rows: JobGroupReach[], threshold: number): string[] {
  const protectedView = protectFairness(rows, threshold);
  const jobsIn = new Map<string, Set<string>>();
  for (const row of rows) jobsIn.set(row.department ?? "", (jobsIn.get(row.department ?? "") ?? new Set()).add(row.jobId));
  const scopes: [string, FairnessScope][] = [
    ["organization", "organization"],
    ...[...jobsIn.keys()].map((d): [string, FairnessScope] => [`department:${d}`, { department: d === "" ? null : d }]),
    ...[...jobsIn.values()].flatMap((jobs) => [...jobs]).map((job): [string, FairnessScope] => [`job:${job}`, { job }]),
  ];
  // Per cell: its value at each stage if shown, or null.
  const cells = new Map<string, (number | null)[]>();
  const truth = new Map<string, readonly number[]>();
  for (const [key, scope] of scopes) {
    for (const dimension of fairnessDimensions) {
      let total = [0, 0, 0, 0, 0];
      for (const group of protectedView.groupsIn(scope, dimension)) {
        const reach = [group.reached.applied, group.reached.screen, group.reached.interview, group.reached.offer, group.reached.hired];
        total = total.map((sum, stage) => sum + reach[stage]!);
        truth.set(`${key}/${dimension}/${group.group}`, reach);
        cells.set(
          `${key}/${dimension}/${group.group}`,
          reach.map((value, stage) => (group.hiddenFrom >= Math.max(stage, 1) ? value : null)),
        );
      }
      cells.set(`${key}/total`, total);
    }
  }
  const equations: string[][] = []; // parent first, then the children it is the sum of
  const groupSets = new Map(fairnessDimensions.map((d) => [d, new Set([...cells.keys()].filter((id) => id.split("/")[1] === d).map((id) => id.split("/")[2]!))]));
  const groupsOf = (dimension: FairnessDimension) => groupSets.get(dimension)!;
  for (const [key] of scopes) {
    for (const dimension of fairnessDimensions) equations.push([`${key}/total`, ...[...groupsOf(dimension)].map((g) => `${key}/${dimension}/${g}`)]);
    for (const gender of groupsOf("gender"))
      equations.push([`${key}/gender/${gender}`, ...[...groupsOf("sex_ethnicity")].filter((p) => p.startsWith(`${gender}|`)).map((p) => `${key}/sex_ethnicity/${p}`)]);
    for (const ethnicity of groupsOf("ethnicity"))
      equations.push([`${key}/ethnicity/${ethnicity}`, ...[...groupsOf("sex_ethnicity")].filter((p) => p.endsWith(`|${ethnicity}`)).map((p) => `${key}/sex_ethnicity/${p}`)]);
  }
  for (const dimension of fairnessDimensions)
    for (const group of groupsOf(dimension)) {
      const of = (key: string) => `${key}/${dimension}/${group}`;
      const allJobs = [...jobsIn.values()].flatMap((jobs) => [...jobs]);
      equations.push([of("organization"), ...[...jobsIn.keys()].map((d) => of(`department:${d}`))]);
      equations.push([of("organization"), ...allJobs.map((job) => of(`job:${job}`))]);
      for (const [d, jobs] of jobsIn) equations.push([of(`department:${d}`), ...[...jobs].map((job) => of(`job:${job}`))]);
    }

  // Every group is listed in every table a view shows; a sum with a number no view shows (a job's
  // intersectional pairs) is of no use.
  const usable = equations.filter((ids) => ids.every((id) => cells.has(id)));
  const given: string[] = [];
  for (let stage = 0; stage <= NEVER; stage++) {
    // Unknowns: hidden cells at this stage. A missing cell is a known zero.
    const unknown = [...cells].filter(([, values]) => values[stage] === null).map(([id]) => id);
    const column = new Map(unknown.map((id, i) => [id, i]));
    const rows = usable.map(([parent, ...children]) => [
      ...(column.has(parent!) ? [[column.get(parent!)!, 1] as const] : []),
      ...children.filter((child) => column.has(child)).map((child) => [column.get(child)!, -1] as const),
    ]);
    for (const index of determinedUnknowns(rows, unknown.length)) given.push(`${unknown[index]} at stage ${stage} (${truth.get(unknown[index]!)?.[stage]})`);
  }
  return given;
}

describe("suppression across every view of a year", () => {
  it("hides a job's small group from the department's numbers too, which the department minus the job's sibling would give away", () => {
    // Engineering: job A has 3 non-binary applicants (hidden), job B 6 (shown on its own). Engineering's 9
    // minus B's 6 would be A's 3, so B's non-binary group is hidden as well.
    const rows: JobGroupReach[] = [
      { jobId: "a", department: "Engineering", dimension: "sex_ethnicity", group: "non_binary|white", reach: [3, 1, 0, 0, 0] },
      { jobId: "a", department: "Engineering", dimension: "sex_ethnicity", group: "man|white", reach: [30, 10, 5, 2, 1] },
      { jobId: "a", department: "Engineering", dimension: "sex_ethnicity", group: "woman|white", reach: [30, 10, 5, 2, 1] },
      { jobId: "b", department: "Engineering", dimension: "sex_ethnicity", group: "non_binary|white", reach: [6, 3, 1, 0, 0] },
      { jobId: "b", department: "Engineering", dimension: "sex_ethnicity", group: "man|white", reach: [30, 10, 5, 2, 1] },
      { jobId: "b", department: "Engineering", dimension: "sex_ethnicity", group: "woman|white", reach: [30, 10, 5, 2, 1] },
    ];
    const view = protectFairness(rows, 5);
    const nonBinary = (scope: FairnessScope) => view.groupsIn(scope, "gender").find((g) => g.group === "non_binary")!;
    expect(nonBinary({ job: "a" }).hiddenFrom).toBe(0);
    expect(nonBinary({ job: "b" }).hiddenFrom).toBe(0);
    expect(disclosed(rows, 5)).toEqual([]);
  });

  it("gives no hidden number away to any combination of every number shown, in 300 random organisations", () => {
    const leaks: string[] = [];
    for (let seed = 1; seed <= Number(process.env.FAIRNESS_ATTACK_SEEDS ?? 300); seed++) {
      const rows = randomOrganization(seed);
      if (rows.length === 0) continue; // no applicants: every count is a public zero
      const found = disclosed(rows, 5);
      if (found.length > 0) leaks.push(`seed ${seed}: ${found.slice(0, 3).join("; ")}`);
    }
    expect(leaks).toEqual([]);
  }, 120_000);
});
