import { describe, expect, it } from "vitest";
import { cdata, escapeXml } from "./xml";

describe("escapeXml", () => {
  it("escapes markup and quotes", () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;");
  });

  it("drops characters XML cannot carry and keeps the rest, emoji included", () => {
    expect(escapeXml("bell\u0007 tab\t nl\n lone\uD800 ok 🤖")).toBe("bell tab\t nl\n lone ok 🤖");
  });
});

describe("cdata", () => {
  it("keeps markup and ampersands as they are", () => {
    expect(cdata("<p>R&D</p>")).toBe("<![CDATA[<p>R&D</p>]]>");
  });

  it("splits a section wherever the text holds its terminator", () => {
    expect(cdata("a]]>b]]>")).toBe("<![CDATA[a]]]]><![CDATA[>b]]]]><![CDATA[>]]>");
  });

  it("drops characters XML cannot carry", () => {
    expect(cdata("x\u0000y\uFFFF")).toBe("<![CDATA[xy]]>");
  });
});
