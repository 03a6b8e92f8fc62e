import { describe, expect, it } from "vitest";
import { hashPolicy } from "@/lib/security-headers.mjs";
import { withoutClientRuntime } from "./client-runtime.mjs";

// The shape of a careers page as Next 16 (Turbopack) renders it, cut down.
const rendered = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/app.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/module.js"/>',
  '<script src="/_next/static/chunks/main.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  '<link rel="icon" href="/icon.svg" type="image/svg+xml"/></head><body>',
  '<a href="/careers/acme/engineer" data-tracked="">Engineer</a>',
  '<script src="/careers.js" defer=""></script>',
  '<script type="application/ld+json">{"@type":"JobPosting","title":"Engineer"}</script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>',
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\""])</script>',
  "<script>document.documentElement.dataset.ours = '1'</script>",
  "</body></html>",
].join("");

describe("a careers page without Next's client runtime", () => {
  const html = withoutClientRuntime(rendered);

  it("loses Next's scripts, their preloads and the payload they read", () => {
    expect(html).not.toContain("/_next/static/chunks/main.js");
    expect(html).not.toContain("polyfills.js");
    expect(html).not.toContain("webpack.js");
    expect(html).not.toContain("module.js");
    expect(html).not.toContain("__next_f");
    expect(html).not.toContain("TURBOPACK");
  });

  it("keeps the page, its styles, the JSON-LD, our own scripts and any other inline script", () => {
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/app.css"');
    expect(html).toContain('<a href="/careers/acme/engineer" data-tracked="">Engineer</a>');
    expect(html).toContain('<script src="/careers.js" defer=""></script>');
    expect(html).toContain('<script type="application/ld+json">{"@type":"JobPosting","title":"Engineer"}</script>');
    expect(html).toContain("dataset.ours");
  });

  it("gets a policy that allows exactly what is left", () => {
    const policy = hashPolicy(html);
    expect(policy.match(/'sha256-/g)).toHaveLength(1);
    expect(hashPolicy(rendered).match(/'sha256-/g)).toHaveLength(4);
  });
});
