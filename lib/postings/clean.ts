import { removeCallsToAction } from "./calls-to-action";
import { removeComponents, stripHtml } from "./components";

export type Cleaned = { markdown: string; removedCallsToAction: string[]; removedComponents: string[] };

// A fenced code block: there `<b>` and `{#if}` are text to show.
const FENCE = /(^(?:```|~~~)[^\n]*\n[\s\S]*?^(?:```|~~~)[ \t]*$)/m;
// LinkedIn's tracking tags ("#LI-Remote", "#LI-DNI", "#LI-JS1"): the workplace is read from them first.
const LINKEDIN_TAG = /(^|\s)#LI-[A-Za-z0-9]+\b/g;
// Typographic bullets that Markdown doesn't know, at the start of a line.
const BULLET = /^([ \t]*)[•●▪◦‣∙○■□➢►▶➤](?:[ \t]+|(?=\S))/gm;

/**
 * Markdown as it should be stored: framework leftovers, calls to action to another site, LinkedIn tags
 * and raw HTML removed, typographic bullets made Markdown list items. Code blocks are left alone.
 */
export function cleanMarkdown(markdown: string): Cleaned {
  const removedCallsToAction: string[] = [];
  const removedComponents = new Set<string>();
  const parts = markdown.split(FENCE).map((part, i) => {
    if (i % 2 === 1) return part;
    let text = removeComponents(part, removedComponents, removedCallsToAction);
    text = stripHtml(text);
    text = removeCallsToAction(text, removedCallsToAction);
    text = text.replace(LINKEDIN_TAG, (_tag, before: string) => {
      removedComponents.add("LinkedIn tags (#LI-…)");
      return before;
    });
    // A list item whose text was all template ("- {perk.name}") goes with it.
    return text.replace(BULLET, "$1- ").replace(/^[ \t]*(?:[-*+]|\d{1,3}\.)[ \t]*$/gm, "");
  });
  const cleaned = parts
    .join("")
    // Two spaces at the end of a line are a line break; on a line of their own they are nothing.
    .replace(/^[ \t]+$/gm, "")
    .replace(/[ \t]+$/gm, (spaces) => (spaces === "  " ? spaces : ""))
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { markdown: cleaned, removedCallsToAction, removedComponents: [...removedComponents] };
}
