import { describe, expect, it } from "vitest";
import { formatShare, funnelSteps } from "./funnel";

describe("the funnel", () => {
  it("converts from step to step and counts who dropped off", () => {
    const steps = funnelSteps({ applied: 37, screen: 20, interview: 10, offer: 6, hired: 5 });
    expect(steps.map((s) => [s.label, s.reached, s.dropOff])).toEqual([
      ["Applied", 37, null],
      ["Screen", 20, 17],
      ["Interview", 10, 10],
      ["Offer", 6, 4],
      ["Hired", 5, 1],
    ]);
    expect(formatShare(steps[1]!.conversion)).toBe("54.1 %");
    expect(formatShare(steps[4]!.ofApplied)).toBe("13.5 %");
  });

  it("shows no share where there is nothing to divide", () => {
    const steps = funnelSteps({ applied: 0, screen: 0, interview: 0, offer: 0, hired: 0 });
    expect(steps.every((s) => s.ofApplied === null)).toBe(true);
    expect(formatShare(steps[2]!.conversion)).toBe("–");
  });
});
