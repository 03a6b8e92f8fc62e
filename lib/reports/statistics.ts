// Significance tests for adverse impact: is the gap between two groups' selection rates more than chance?
// Fisher's exact test for small samples (exact at any size, but its sum grows with the counts), the
// two-proportion z-test once both groups are large enough for the normal approximation.

/** ln Γ(x) by the Lanczos approximation (g = 7, n = 9), accurate to ~15 digits for x > 0. */
function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = c[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

const logChoose = (n: number, k: number) => logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);

/**
 * Two-sided p-value of Fisher's exact test on the 2×2 table [[a, b], [c, d]] (group 1 selected / not,
 * group 2 selected / not): the probability, with the margins fixed, of a table at most as likely as this one.
 */
export function fisherExact(a: number, b: number, c: number, d: number): number {
  const row1 = a + b;
  const col1 = a + c;
  const n = a + b + c + d;
  const logP = (x: number) => logChoose(row1, x) + logChoose(n - row1, col1 - x) - logChoose(n, col1);
  const observed = logP(a);
  let p = 0;
  for (let x = Math.max(0, col1 - (n - row1)); x <= Math.min(row1, col1); x++) {
    const lp = logP(x);
    // A relative tolerance, as R's fisher.test uses, so ties in floating point count as "as extreme".
    if (lp <= observed + 1e-7) p += Math.exp(lp);
  }
  return Math.min(1, p);
}

/** Standard normal cumulative distribution, through Numerical Recipes' Chebyshev fit of erfc (fractional error < 1.2e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const erfc =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return z >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/** Two-proportion z-test with the pooled rate: z and its two-sided p-value; null when both rates are 0 % or 100 %. */
export function twoProportionZ(selected1: number, n1: number, selected2: number, n2: number): { z: number; p: number } | null {
  const pooled = (selected1 + selected2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (!(se > 0)) return null;
  const z = (selected1 / n1 - selected2 / n2) / se;
  return { z, p: 2 * (1 - normalCdf(Math.abs(z))) };
}

/** Both groups at least this large (and five expected selections and rejections in each): the z-test's normal approximation holds. */
export const LARGE_GROUP = 30;

export type Significance = { test: "fisher" | "z"; p: number; z?: number };

/** The gap between a group and the comparison group: the z-test for large groups, Fisher's exact test otherwise. */
export function significance(selected: number, n: number, refSelected: number, refN: number): Significance | null {
  if (n === 0 || refN === 0) return null;
  const pooled = (selected + refSelected) / (n + refN);
  const large = n >= LARGE_GROUP && refN >= LARGE_GROUP && Math.min(n, refN) * Math.min(pooled, 1 - pooled) >= 5;
  if (large) {
    const result = twoProportionZ(selected, n, refSelected, refN);
    return result ? { test: "z", p: result.p, z: result.z } : null;
  }
  return { test: "fisher", p: fisherExact(selected, n - selected, refSelected, refN - refSelected) };
}
