import { describe, expect, it } from "vitest";
import { brandedEmailHtml } from "./branded-html";

describe("a candidate email's HTML part", () => {
  const brand = { name: "Lumen & Co", logoUrl: "https://jobs.example.com/api/careers/lumen/logo?v=abc", brandColor: "#0f766e" };

  it("shows the organisation's logo and name on top and links in its colour", () => {
    const html = brandedEmailHtml("Hi Ada,\n\nSee your application:\nhttps://jobs.example.com/status/tok123.\n\n— Lumen", brand);
    expect(html).toContain('<img src="https://jobs.example.com/api/careers/lumen/logo?v=abc"');
    expect(html).toContain("Lumen &amp; Co</td>");
    expect(html).toContain('<a href="https://jobs.example.com/status/tok123" style="color:#0f766e;text-decoration:underline">');
    // The full stop after the address is text, not part of the link.
    expect(html).toContain("tok123</a>.");
    expect(html).toContain("border-top:4px solid #0f766e");
  });

  it("escapes everything it was given", () => {
    const html = brandedEmailHtml('Hello <script>alert(1)</script> "you"', { name: "<b>Evil</b>", logoUrl: null, brandColor: "red;background:url(x)" });
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>Evil</b>");
    expect(html).not.toContain("url(x)");
    expect(html).not.toContain("<img");
    expect(html).toContain("#4338ca");
  });
});
