import { describe, expect, it } from "vitest";
import { tokenBucket } from "./token-bucket";

describe("tokenBucket", () => {
  it("lets a burst through at once, then makes each taker wait its turn at the refill rate", () => {
    let clock = 0;
    const bucket = tokenBucket({ burst: 100, perSecond: 50, now: () => clock });
    expect(bucket.take(100)).toBe(0);
    expect(bucket.take(25)).toBe(500);
    expect(bucket.take(25)).toBe(1000);
    clock = 1000;
    expect(bucket.take(0)).toBe(0);
    clock = 10_000;
    // Refilled to the burst, never beyond it.
    expect(bucket.take(100)).toBe(0);
    expect(bucket.take(1)).toBe(20);
  });
});
