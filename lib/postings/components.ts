import sanitizeHtml from "sanitize-html";
import { isCallToAction } from "./calls-to-action";

/**
 * Leftovers of the framework a posting was written in, copied along with it: MDX/JSX components
 * (`<Button href="…">Apply Now!</Button>`, `<JobMeta {...meta} />`), import and export lines, Svelte
 * blocks (`{#if remote}`, `<svelte:head>`), template expressions (`{meta.location}`). A component keeps its
 * text, unless that text is a call to action to another site's application page.
 */

const IMPORT_LINE = /^(?:import\s+(?:[\w*{}\s,$]+\s+from\s+)?["'][^"'\n]+["'];?|export\s+(?:const|let|var|default|function|async)\b.*)$/;
const SVELTE_BLOCK = /\{[#:/@](?:if|else|each|await|then|catch|key|html|const|debug|render|snippet)\b[^{}\n]{0,300}\}/g;
const EXPRESSION = /\{\s*(?:[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+|\.\.\.[\w$.]+|"\s*"|'\s*')\s*\}/g;
const SELF_CLOSING = /<([A-Z][\w.]*)\b[^<>]{0,2000}\/>/g;
const PAIRED = /<([A-Z][\w.]*|a|button)\b[^<>]{0,2000}>([^<]{0,500})<\/\1\s*>/g;
const LOOSE_TAG = /<\/?([A-Z][\w.]*)\b[^<>]{0,2000}>/g;

function removeBetween(text: string, open: string, close: string, onRemove: () => void): string {
  let result = "";
  let from = 0;
  for (;;) {
    const start = text.indexOf(open, from);
    if (start < 0) break;
    const end = text.indexOf(close, start + open.length);
    if (end < 0) break;
    result += text.slice(from, start);
    from = end + close.length;
    onRemove();
  }
  return result + text.slice(from);
}

/** Removes multi-line `export const meta = { … }` blocks and import/export lines. */
function removeModuleLines(markdown: string, note: (name: string) => void): string {
  const lines = markdown.split("\n");
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!IMPORT_LINE.test(line)) {
      kept.push(line);
      continue;
    }
    note("import and export lines");
    // An object or array literal that opens on this line and closes on a later one, at the line's start.
    if (/[{[(]\s*$/.test(line)) while (i + 1 < lines.length && !/^[}\])]/.test(lines[i + 1]!)) i++;
    if (/[{[(]\s*$/.test(line) && i + 1 < lines.length) i++;
  }
  return kept.join("\n");
}

/** Framework leftovers out of a stretch of Markdown (never a code block); what went is noted. */
export function removeComponents(markdown: string, removedComponents: Set<string>, removedCallsToAction: string[]): string {
  const note = (name: string) => removedComponents.add(name);
  let text = removeModuleLines(markdown, note);
  text = removeBetween(text, "<svelte:head>", "</svelte:head>", () => note("<svelte:head>"));
  text = text.replace(/<\/?svelte:[\w-]+\b[^<>]{0,2000}>/g, (tag) => (note(`<${/svelte:[\w-]+/.exec(tag)![0]}>`), ""));
  text = text.replace(SVELTE_BLOCK, (block) => (note(`{${block.slice(1, 2)}${/[a-z]+/.exec(block)![0]}}`), ""));
  text = text.replace(EXPRESSION, (expression) => {
    if (/^\{\s*["']\s*["']\s*\}$/.test(expression)) return " ";
    note("{…} expressions");
    return "";
  });
  text = text.replace(SELF_CLOSING, (_tag, name: string) => (note(`<${name}>`), ""));
  // Innermost first, so a call to action inside a layout component is still seen as one.
  for (let pass = 0; pass < 5; pass++) {
    const before = text;
    text = text.replace(PAIRED, (whole, name: string, inner: string) => {
      if (isCallToAction(inner)) {
        removedCallsToAction.push(inner.replace(/[*_]/g, "").trim());
        return "";
      }
      if (name === "button") return whole;
      if (name === "a") {
        // A plain link written in HTML keeps its address as a Markdown link.
        const href = /\shref\s*=\s*["'](https?:\/\/[^"'\s]+|mailto:[^"'\s]+)["']/.exec(whole)?.[1];
        return href ? `[${inner.trim()}](${href})` : whole;
      }
      note(`<${name}>`);
      return inner;
    });
    if (text === before) break;
  }
  return text.replace(LOOSE_TAG, (_tag, name: string) => (note(`<${name}>`), ""));
}

/**
 * Removes raw HTML (script and style with their content, any other tag keeping its text). The rendering
 * sanitiser would drop it anyway; this keeps it out of the stored description too.
 */
export function stripHtml(markdown: string): string {
  if (!/[<&]/.test(markdown)) return markdown;
  return (
    sanitizeHtml(markdown, {
      allowedTags: [],
      allowedAttributes: {},
      nonTextTags: ["script", "style", "textarea", "noscript", "iframe", "template"],
      // Leave Markdown's own characters (>, &) as typed instead of turning them into entities.
      parser: { decodeEntities: false },
    })
      // The sanitiser escapes the text it keeps; Markdown wants it as typed (> quotes, & in links).
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&")
  );
}
