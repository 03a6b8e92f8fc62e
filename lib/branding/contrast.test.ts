import { describe, expect, it } from "vitest";
import { brandColorProblem, contrastRatio, normalizeHexColor, relativeLuminance } from "./contrast";

describe("WCAG contrast", () => {
  it("gives the known ratios of reference pairs", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
    // Pairs as WebAIM's contrast checker reports them.
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    expect(contrastRatio("#4338ca", "#ffffff")).toBeCloseTo(7.95, 1);
    expect(contrastRatio("#0000ff", "#ffffff")).toBeCloseTo(8.59, 2);
    expect(contrastRatio("#ff0000", "#ffffff")).toBeCloseTo(4.0, 2);
    // Order does not matter.
    expect(contrastRatio("#ffffff", "#767676")).toBe(contrastRatio("#767676", "#ffffff"));
  });

  it("computes relative luminance per WCAG", () => {
    expect(relativeLuminance("#ffffff")).toBe(1);
    expect(relativeLuminance("#000000")).toBe(0);
    expect(relativeLuminance("#808080")).toBeCloseTo(0.2159, 4);
  });

  it("accepts only six-digit hex colours, in either case", () => {
    expect(normalizeHexColor(" #4338CA ")).toBe("#4338ca");
    expect(normalizeHexColor("#fff")).toBeNull();
    expect(normalizeHexColor("red")).toBeNull();
    expect(normalizeHexColor("#4338ca; background:url(x)")).toBeNull();
  });
});

describe("the brand colour check", () => {
  it("accepts colours that reach AA with white, for buttons and for links on the careers page", () => {
    expect(brandColorProblem("#4338ca")).toBeNull();
    expect(brandColorProblem("#0f766e")).toBeNull();
    expect(brandColorProblem("#000000")).toBeNull();
  });

  it("refuses colours that fall short, saying by how much", () => {
    expect(brandColorProblem("#ffcc00")).toMatch(/too light.*4\.5:1/);
    expect(brandColorProblem("#ff0000")).toContain("white text on it has a contrast of 3.99:1");
    // 4.54:1 on white but under 4.5:1 on the careers page's slate-50 background.
    expect(brandColorProblem("#767676")).toMatch(/too light/);
    expect(brandColorProblem("not a colour")).toMatch(/six hexadecimal digits/);
  });
});
