import { describe, expect, it } from "vitest";
import { markdownToText, renderMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("renders the Markdown a job description uses", () => {
    const html = renderMarkdown("## What you'll do\n- **Own** services\n\n[Apply](https://example.com/x)");
    expect(html).toContain("<h2>What you'll do</h2>");
    expect(html).toContain("<li><strong>Own</strong> services</li>");
    expect(html).toContain('<a href="https://example.com/x" rel="nofollow noopener noreferrer">Apply</a>');
  });

  it.each([
    ["<script>alert(1)</script>Hi", "<script"],
    ['<img src=x onerror="alert(1)">', "onerror"],
    ["[click](javascript:alert(1))", "javascript:"],
    ['<a href="JaVaScRiPt:alert(1)">x</a>', "avascript"],
    ['<iframe src="https://evil.example"></iframe>', "<iframe"],
    ['<div onclick="steal()">text</div>', "onclick"],
    ["<style>body{display:none}</style>", "<style"],
    ['<a href="//evil.example">x</a>', "evil.example"],
    ["<svg><script>alert(1)</script></svg>", "<svg"],
  ])("removes dangerous content (%s)", (input, forbidden) => {
    expect(renderMarkdown(input).toLowerCase()).not.toContain(forbidden.toLowerCase());
  });

  it("demotes a level-one heading below the page title", () => {
    expect(renderMarkdown("# Title")).toBe("<h2>Title</h2>\n");
  });
});

describe("markdownToText", () => {
  it("keeps the words and drops the markup", () => {
    expect(markdownToText("## Role\n- **Go** & Rust <script>x</script>")).toBe("Role\n\nGo & Rust");
  });
});
