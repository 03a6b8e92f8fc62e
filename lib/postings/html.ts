import { tables } from "@joplin/turndown-plugin-gfm";
import TurndownService from "turndown";
import { isCallToAction } from "./calls-to-action";

export type FromHtml = { markdown: string; documentTitle?: string };

/** The part of a saved page that holds the posting: <main>, else the first <article>, else <body>. */
function contentOf(html: string): { content: string } {
  const lower = html.toLowerCase();
  for (const tag of ["main", "article"]) {
    const start = lower.indexOf(`<${tag}`);
    const end = lower.lastIndexOf(`</${tag}>`);
    if (start >= 0 && end > start) return { content: html.slice(start, end + tag.length + 3) };
  }
  const head = lower.indexOf("</head>");
  const body = lower.indexOf("<body");
  const from = body >= 0 ? body : head >= 0 ? head + 7 : 0;
  return { content: html.slice(from) };
}

function documentTitleOf(html: string): string | undefined {
  const title = /<title[^>]{0,200}>([^<]{1,300})<\/title>/i.exec(html.slice(0, 100_000))?.[1];
  // "Senior Engineer | Acme Careers", "Senior Engineer - Acme": the part before the site's name.
  return title?.replace(/&amp;/g, "&").split(/\s+[|–—-]\s+/)[0]?.trim() || undefined;
}

const services = new Map<boolean, TurndownService>();

/** The converter; `withTables` makes tables GFM tables, else (as Turndown does) their cells' content runs on as blocks. */
function converter(withTables = true): TurndownService {
  const cached = services.get(withTables);
  if (cached) return cached;
  const service = new TurndownService({ headingStyle: "atx", bulletListMarker: "-", codeBlockStyle: "fenced", emDelimiter: "*", hr: "---" });
  // Tables become GFM tables, a cell's "|" escaped. @joplin/turndown-plugin-gfm: the maintained fork (the
  // original turndown-plugin-gfm has had no release since 2018 and leaves "|" in a cell unescaped).
  if (withTables) service.use(tables);
  service.remove(["script", "style", "noscript", "nav", "footer", "aside", "form", "iframe", "template", "select", "input", "textarea", "title", "meta", "link"]);
  service.addRule("images", { filter: (node) => node.nodeName === "svg" || node.nodeName === "SVG" || node.nodeName === "IMG", replacement: () => "" });
  // A page header without the posting's title is the site's masthead.
  service.addRule("masthead", {
    filter: (node) => node.nodeName === "HEADER" && !node.querySelector("h1"),
    replacement: () => "",
  });
  // Buttons are the page's controls ("Share", "Save"); a call to action stays as a line, to be removed with a notice.
  service.addRule("buttons", {
    filter: "button",
    replacement: (content) => (isCallToAction(content) ? `\n\n${content.trim()}\n\n` : ""),
  });
  service.addRule("listItem", {
    filter: "li",
    replacement: (content, node, options) => {
      const parent = node.parentNode as HTMLElement | null;
      const ordered = parent?.nodeName === "OL";
      const index = parent ? Array.prototype.indexOf.call(parent.children, node) + Number(parent.getAttribute("start") ?? 1) : 1;
      const marker = ordered ? `${index}. ` : `${options.bulletListMarker} `;
      const body = content.replace(/^\n+/, "").replace(/\n+$/, "\n").replace(/\n/gm, `\n${" ".repeat(marker.length)}`);
      return marker + body.trimEnd() + (node.nextSibling ? "\n" : "");
    },
  });
  services.set(withTables, service);
  return service;
}

// A table the plugin keeps as HTML, since GFM cells can't hold its lists, headings or code. Stored
// descriptions hold no HTML (cleanMarkdown strips it, running the cells together), so such a table is
// converted as before tables were: its cells' content one block after another.
const HTML_TABLE = /<div class="joplin-table-wrapper">(<table[\s\S]*?<\/table>)<\/div>/g;

/**
 * Nesting past which an element's tags are dropped (its text stays). Documents people write nest a few
 * dozen levels; the HTML parser takes time growing with the square of the depth, and Turndown, which
 * recurses, overflows the stack at a few thousand: 100 KB of <div>s, hostile, would take seconds and
 * then fail the whole import.
 */
export const MAX_HTML_NESTING = 128;

// Elements the parser closes by itself (a new <p> or <li> ends the last one) or that hold nothing: left
// open, they don't deepen a document, so they are not counted.
const FLAT_ELEMENTS = new Set(
  "p li dt dd tr td th thead tbody tfoot colgroup caption option optgroup rt rp html head body br hr img input meta link wbr area base col embed source track param".split(" "),
);
// A start or end tag. [^<>] keeps each attempt within one tag, so the scan is linear on any input.
const TAG = /<(\/?)([a-z][a-z0-9-]*)(?:[\s/][^<>]*)?>/gi;

/** The HTML with the tags of elements nested past MAX_HTML_NESTING removed, their text kept. */
function withinNesting(html: string): string {
  let depth = 0;
  return html.replace(TAG, (tag: string, closing: string, name: string) => {
    if (FLAT_ELEMENTS.has(name.toLowerCase()) || tag.endsWith("/>")) return tag;
    if (closing) {
      if (depth === 0) return tag;
      return depth-- > MAX_HTML_NESTING ? "" : tag;
    }
    return ++depth > MAX_HTML_NESTING ? "" : tag;
  });
}

// A paragraph that is only bold text, as Word and rich-text editors write their headings.
const BOLD_HEADING = /^\*\*([^*\n]{2,70}?):?\*\*:?[ \t]*$/gm;

/** A saved careers page, an HTML fragment or a Word document (through mammoth's HTML) as Markdown. */
export function htmlToMarkdown(html: string): FromHtml {
  const { content } = contentOf(html);
  const markdown = converter()
    .turndown(withinNesting(content))
    .replace(HTML_TABLE, (_div, table: string) => converter(false).turndown(table))
    .replace(BOLD_HEADING, "## $1")
    .replace(/\u00a0/g, " ");
  return { markdown, documentTitle: documentTitleOf(html) };
}
