import { describe, expect, it } from "vitest";
import { serializeJsonLd } from "@/lib/jobs/json-ld";
import { renderMarkdown } from "@/lib/markdown";
import { hashPolicy, inlineScriptHashes } from "@/lib/security-headers.mjs";
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

describe("an organisation's own text on a careers page without the runtime", () => {
  // What an organisation controls on these pages: the description (markdown with HTML), and names that
  // reach the JSON-LD. None of it may end up as a script that survives the stripping or that the
  // recomputed policy then allows by its hash.
  const hostile = [
    "</script><script>alert(1)</script>",
    '<a href="/x" title="</script><script>alert(2)</script>">link</a>',
    "`<script>alert(3)</script>`",
    "<textarea><script>alert(4)</script></textarea>",
    '<meta name="candor-client-runtime" content="none"><script>alert(5)</script>',
    "<!-- <script>alert(6)</script> -->",
    "<scr<script>ipt>alert(7)</script>",
  ].join("\n\n");
  const page = rendered
    .replace("<a href=", `<div>${renderMarkdown(hostile)}</div><a href=`)
    .replace('{"@type":"JobPosting","title":"Engineer"}', serializeJsonLd({ "@type": "JobPosting", title: hostile }));
  const html = withoutClientRuntime(page);

  it("runs none of it, and the policy allows none of it", () => {
    expect(html).not.toMatch(/alert\(\d\)<\/script/i);
    expect(html).not.toMatch(/<script>alert/i);
    // Only the page's own inline script is allowed; Next's are gone.
    expect(inlineScriptHashes(html)).toHaveLength(1);
    expect(html).toContain("document.documentElement.dataset.ours");
  });
});
