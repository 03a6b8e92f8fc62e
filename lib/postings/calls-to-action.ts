/**
 * Calls to action that send applicants to the application page of the site a posting was copied from
 * ("Apply now", "Click to apply"). A Candor posting has its own Apply button, so these are removed; other
 * links stay.
 */

const CTA_TEXT =
  /^(?:apply(?: now| here| today| online)?|click(?: here)? to apply|apply (?:for|to) (?:this|the) (?:job|position|role|opening)|(?:submit|start) (?:your|an) application|apply on (?:our|the) (?:website|careers? (?:site|page)))$/i;

/** "**Apply Now!** 👉" → true: the words of a call to action, whatever decorates them. */
export function isCallToAction(text: string): boolean {
  const words = text
    .replace(/[*_`~]/g, "")
    .replace(/[^\p{L}\p{N}\s']/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return words.length > 0 && words.length <= 60 && CTA_TEXT.test(words);
}

const plainLine = (line: string) => line.replace(LIST_OR_HEADING, "").replace(LINK, "$1");

/** The words of a removed call to action, as the notice quotes them. */
const label = (text: string) => text.replace(/[[\]()*_<>]/g, "").replace(/[\s:–—-]+$/, "").trim();

// A Markdown link: [text](https://… "title"). Bounded classes, no nested quantifiers: linear on any input.
const LINK = /\[([^\]\n]{1,200})\]\(<?(https?:\/\/[^\s)>]{1,2000})>?(?:\s+"[^"\n]{0,200}")?\)/g;
const HERE = /^(?:click )?(?:here|this link)$/i;
const BARE_URL_CTA = /^(.{1,60}?)\s*[:\-–—]?\s*<?https?:\/\/\S+?>?\s*$/;
const LIST_OR_HEADING = /^\s*(?:#{1,6}\s+|[-*+]\s+|\d{1,3}[.)]\s+)?/;

/** Removes call-to-action lines and links from Markdown (code blocks excluded by the caller). */
export function removeCallsToAction(markdown: string, removed: string[]): string {
  const kept: string[] = [];
  for (const line of markdown.split("\n")) {
    const content = line.replace(LIST_OR_HEADING, "");
    // A line that is only a call to action: "Apply Now!", "**Apply here**", "Apply now: https://…".
    const bare = BARE_URL_CTA.exec(content);
    if (isCallToAction(content) || (bare && isCallToAction(bare[1] ?? ""))) {
      removed.push(label(content.replace(/\s*[:\-–—]?\s*<?https?:\/\/\S+\s*$/, "")));
      continue;
    }
    let changed = false;
    const withoutLinks = line.replace(LINK, (link: string, text: string) => {
      const here = HERE.test(text.trim()) && /\bapply/i.test(line) && line.length < 160;
      if (!isCallToAction(text) && !here) return link;
      removed.push(here ? label(plainLine(line)) : label(text));
      changed = true;
      return "";
    });
    if (!changed) {
      kept.push(line);
      continue;
    }
    // "To apply, [click here](…)." leaves nothing worth reading; a sentence around the link stays.
    const rest = withoutLinks.replace(LIST_OR_HEADING, "").replace(/[\s.!:,;|·•→»>-]+/g, " ").trim();
    if (rest === "" || /^to apply(?: please)?$/i.test(rest)) continue;
    kept.push(withoutLinks.replace(/[ \t]{2,}/g, " ").trimEnd());
  }
  return kept.join("\n");
}
