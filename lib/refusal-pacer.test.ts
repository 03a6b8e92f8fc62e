import { describe, expect, it } from "vitest";
import { refusalPacer } from "./refusal-pacer";

describe("refusalPacer", () => {
  it("answers a client's first refusals at once, holds back the rest of the window, and starts afresh after it", () => {
    let clock = 0;
    const pacer = refusalPacer({ allowed: 3, windowMs: 60_000, delayMs: 500, now: () => clock });
    expect([1, 2, 3].map(() => pacer.refused("203.0.113.7"))).toEqual([0, 0, 0]);
    expect(pacer.over("203.0.113.7")).toBe(false);
    expect([4, 5].map(() => pacer.refused("203.0.113.7"))).toEqual([500, 500]);
    expect(pacer.over("203.0.113.7")).toBe(true);
    // Another client is counted on its own.
    expect(pacer.refused("198.51.100.1")).toBe(0);
    clock = 59_999;
    expect(pacer.refused("203.0.113.7")).toBe(500);
    clock = 60_000;
    expect(pacer.over("203.0.113.7")).toBe(false);
    expect(pacer.refused("203.0.113.7")).toBe(0);
  });

  it("forgets the oldest clients first past its size, so a flood of addresses cannot grow it", () => {
    let clock = 0;
    const pacer = refusalPacer({ allowed: 1, windowMs: 60_000, delayMs: 500, maxClients: 2, now: () => clock++ });
    pacer.refused("a");
    pacer.refused("a");
    pacer.refused("b");
    pacer.refused("c");
    // "a" was forgotten: its count starts again.
    expect(pacer.refused("a")).toBe(0);
    // "c" was kept.
    expect(pacer.refused("c")).toBe(500);
  });
});
