import { describe, expect, it } from "vitest";
import { PageCache } from "./page-cache.mjs";

const page = (bytes: number, expiresAt = Infinity) => ({ bytes, expiresAt });

describe("the custom server's page cache", () => {
  it("serves a page until its organisation is invalidated, leaving other organisations' pages", () => {
    const cache = new PageCache();
    cache.set("/careers/acme", page(10), cache.ticket("acme"));
    cache.set("/careers/acme/engineer", page(10), cache.ticket("acme"));
    cache.set("/careers/globex", page(10), cache.ticket("globex"));
    cache.invalidate("acme");
    expect(cache.get("/careers/acme")).toBeUndefined();
    expect(cache.get("/careers/acme/engineer")).toBeUndefined();
    expect(cache.get("/careers/globex")).toBeDefined();
    cache.invalidate(null);
    expect(cache.get("/careers/globex")).toBeUndefined();
    expect(cache.bytes).toBe(0);
  });

  it("never keeps a page whose render began before its organisation changed", () => {
    const cache = new PageCache();
    const before = cache.ticket("acme");
    const elsewhere = cache.ticket("globex");
    cache.invalidate("acme");
    expect(cache.set("/careers/acme", page(10), before)).toBe(false);
    expect(cache.get("/careers/acme")).toBeUndefined();
    expect(cache.set("/careers/globex", page(10), elsewhere)).toBe(true);
    const beforeClear = cache.ticket("globex");
    cache.invalidate(null);
    expect(cache.set("/careers/globex", page(10), beforeClear)).toBe(false);
  });

  it("lets a page go when the stored page it copies expires", () => {
    let now = 1_000;
    const cache = new PageCache({ now: () => now });
    cache.set("/careers/acme", page(10, 2_000), cache.ticket("acme"));
    now = 1_999;
    expect(cache.get("/careers/acme")).toBeDefined();
    now = 2_000;
    expect(cache.get("/careers/acme")).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("stays within its bytes, dropping the least recently used page first", () => {
    const cache = new PageCache({ maxBytes: 100 });
    cache.set("/careers/a", page(20), cache.ticket("a"));
    cache.set("/careers/b", page(20), cache.ticket("b"));
    cache.get("/careers/a");
    cache.set("/careers/c", page(20), cache.ticket("c"));
    cache.set("/careers/d", page(20), cache.ticket("d"));
    cache.set("/careers/e", page(20), cache.ticket("e"));
    expect(cache.bytes).toBe(100);
    cache.set("/careers/f", page(20), cache.ticket("f"));
    expect(cache.get("/careers/b")).toBeUndefined();
    expect(cache.get("/careers/a")).toBeDefined();
    expect(cache.bytes).toBeLessThanOrEqual(100);
    // A page larger than a quarter of the budget is not kept at all.
    expect(cache.set("/careers/huge", page(30), cache.ticket("huge"))).toBe(false);
  });
});
