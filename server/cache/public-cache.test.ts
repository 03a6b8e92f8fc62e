import { describe, expect, it } from "vitest";
import { PublicCache, SHARED_SCOPE } from "./public-cache";

function counter() {
  let calls = 0;
  return { load: async () => ++calls, calls: () => calls };
}

describe("PublicCache", () => {
  it("loads once for readers who ask at the same time, then serves the stored value until its lifetime ends", async () => {
    let now = 0;
    const cache = new PublicCache({ lifetimeMs: 1_000, maxEntries: 10, now: () => now });
    const source = counter();
    expect(await Promise.all([cache.read("acme", "site", source.load), cache.read("acme", "site", source.load)])).toEqual([1, 1]);
    now = 999;
    expect(await cache.read("acme", "site", source.load)).toBe(1);
    now = 1_000;
    expect(await cache.read("acme", "site", source.load)).toBe(2);
  });

  it("drops an organisation with the shared entries, and tells its listeners which", async () => {
    const cache = new PublicCache({ lifetimeMs: 60_000, maxEntries: 10 });
    const told: (string | null)[] = [];
    cache.onInvalidate((scope) => told.push(scope));
    await cache.read("acme", "site", async () => "acme");
    await cache.read("globex", "site", async () => "globex");
    await cache.read(SHARED_SCOPE, "sitemap", async () => "sitemap");
    cache.invalidate("acme");
    expect(cache.size).toBe(1);
    expect(await cache.read("globex", "site", async () => "reloaded")).toBe("globex");
    cache.clear();
    expect(cache.size).toBe(0);
    expect(told).toEqual(["acme", null]);
  });

  it("hands a load under way during clear() to its caller without storing it", async () => {
    const cache = new PublicCache({ lifetimeMs: 60_000, maxEntries: 10 });
    let finish: (value: string) => void = () => undefined;
    const underWay = cache.read("acme", "site", () => new Promise<string>((resolve) => (finish = resolve)));
    cache.clear();
    finish("read before the change");
    expect(await underWay).toBe("read before the change");
    expect(await cache.read("acme", "site", async () => "read after")).toBe("read after");
  });

  it("keeps at most maxEntries, letting the organisation filled longest ago go first", async () => {
    const cache = new PublicCache({ lifetimeMs: 60_000, maxEntries: 3 });
    await cache.read("a", "site", async () => "a");
    await cache.read("a", "board", async () => "a");
    await cache.read("b", "site", async () => "b");
    await cache.read("c", "site", async () => "c");
    expect(cache.size).toBe(2);
    expect(await cache.read("a", "site", async () => "a again")).toBe("a again");
  });

  it("does not keep what `keep` refuses", async () => {
    const cache = new PublicCache({ lifetimeMs: 60_000, maxEntries: 3 });
    expect(await cache.read("nobody", "site", async () => null, (value) => value !== null)).toBeNull();
    expect(cache.size).toBe(0);
  });
});
