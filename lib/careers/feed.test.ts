import { describe, expect, it } from "vitest";
import { buildRssFeed } from "./feed";

describe("buildRssFeed", () => {
  const feed = buildRssFeed({
    title: "Jobs at R&D <Labs>",
    link: "https://jobs.example.com/careers/rd",
    selfUrl: "https://jobs.example.com/careers/rd/feed.xml?a=1&b=2",
    description: "Open positions",
    lastBuildDate: new Date("2026-02-01T12:00:00Z"),
    items: [
      {
        title: "Engineer </title><script>",
        link: "https://jobs.example.com/careers/rd/engineer",
        guid: "https://jobs.example.com/careers/rd#job-7",
        pubDate: new Date("2026-01-15T08:30:00Z"),
        description: "Build <things> & more",
        category: "Engineering",
      },
    ],
  });

  it("writes RSS 2.0 with dates in RFC 822 form", () => {
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/);
    expect(feed).toContain("<lastBuildDate>Sun, 01 Feb 2026 12:00:00 GMT</lastBuildDate>");
    expect(feed).toContain("<pubDate>Thu, 15 Jan 2026 08:30:00 GMT</pubDate>");
    expect(feed).toContain('<guid isPermaLink="false">https://jobs.example.com/careers/rd#job-7</guid>');
    expect(feed).toContain("<category>Engineering</category>");
  });

  it("escapes every value, attributes included", () => {
    expect(feed).toContain("<title>Jobs at R&amp;D &lt;Labs&gt;</title>");
    expect(feed).toContain("<title>Engineer &lt;/title&gt;&lt;script&gt;</title>");
    expect(feed).toContain("<description>Build &lt;things&gt; &amp; more</description>");
    expect(feed).toContain('href="https://jobs.example.com/careers/rd/feed.xml?a=1&amp;b=2"');
    expect(feed).not.toContain("<script>");
  });
});
