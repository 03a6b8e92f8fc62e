// RSS 2.0 (https://www.rssboard.org/rss-specification) for an organisation's open postings.

import { escapeXml } from "./xml";

export type FeedItem = {
  title: string;
  link: string;
  /** Stable across renames: a job's slug may change, its public number does not. */
  guid: string;
  pubDate: Date;
  /** Plain text; escaped here, never interpreted as HTML by readers. */
  description: string;
  category?: string | null;
};

export type Feed = {
  title: string;
  link: string;
  /** The feed's own URL, for the atom:link readers and validators expect. */
  selfUrl: string;
  description: string;
  lastBuildDate: Date;
  items: FeedItem[];
};

export const RSS_CONTENT_TYPE = "application/rss+xml; charset=utf-8";

const element = (name: string, value: string, attributes = "") => `<${name}${attributes}>${escapeXml(value)}</${name}>`;

export function buildRssFeed(feed: Feed): string {
  const items = feed.items.map((item) =>
    [
      "    <item>",
      `      ${element("title", item.title)}`,
      `      ${element("link", item.link)}`,
      `      ${element("guid", item.guid, ' isPermaLink="false"')}`,
      `      ${element("pubDate", item.pubDate.toUTCString())}`,
      ...(item.category ? [`      ${element("category", item.category)}`] : []),
      `      ${element("description", item.description)}`,
      "    </item>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "  <channel>",
    `    ${element("title", feed.title)}`,
    `    ${element("link", feed.link)}`,
    `    <atom:link href="${escapeXml(feed.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    `    ${element("description", feed.description)}`,
    "    <language>en</language>",
    `    ${element("lastBuildDate", feed.lastBuildDate.toUTCString())}`,
    ...items,
    "  </channel>",
    "</rss>",
    "",
  ].join("\n");
}
