import { describe, expect, it } from "vitest";
import { fisherExact, normalCdf, significance, twoProportionZ } from "./statistics";

describe("significance tests", () => {
  it("gives Fisher's exact p-values that R's fisher.test gives", () => {
    // fisher.test(matrix(c(3, 1, 1, 3), 2))$p.value = 0.4857143 (the tea-tasting lady).
    expect(fisherExact(3, 1, 1, 3)).toBeCloseTo(0.4857143, 6);
    // fisher.test(matrix(c(1, 9, 11, 3), 2))$p.value = 0.002759456
    expect(fisherExact(1, 9, 11, 3)).toBeCloseTo(0.002759456, 7);
    expect(fisherExact(5, 5, 5, 5)).toBeCloseTo(1, 9);
  });

  it("gives the normal distribution and the two-proportion z-test textbook values", () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1.644854)).toBeCloseTo(0.05, 6);
    // 40/100 vs 60/100: pooled 0.5, se = sqrt(0.25 * 0.02) = 0.0707107, z = -2.828427, p = 0.004677735
    const result = twoProportionZ(40, 100, 60, 100)!;
    expect(result.z).toBeCloseTo(-2.828427, 5);
    expect(result.p).toBeCloseTo(0.004677735, 6);
    expect(twoProportionZ(0, 50, 0, 50)).toBeNull();
  });

  it("uses Fisher's test for small groups and the z-test for large ones", () => {
    expect(significance(2, 10, 8, 10)?.test).toBe("fisher");
    expect(significance(40, 100, 60, 100)).toMatchObject({ test: "z" });
    expect(significance(0, 0, 8, 10)).toBeNull();
  });
});
