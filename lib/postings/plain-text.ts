/**
 * Plain text to Markdown that keeps its shape: line breaks stay (as Markdown hard breaks), short lines that
 * end with ":" or stand alone before content become headings, lines that start with a bullet, dash or number
 * become list items, and runs of lines that start with an emoji become lists with their emoji kept.
 */

const BULLET = /^[ \t]*(?:[-*+–—•●▪◦‣∙○■□➢►▶➤→]|o(?=[ \t]+\S))[ \t]*(\S.*)$/;
const NUMBERED = /^[ \t]*(?:\(?(\d{1,3})[.)]|\((\d{1,3})\))[ \t]+(\S.*)$/;
const LETTERED = /^[ \t]*\(?[a-z][.)][ \t]+(\S.*)$/;
const EMOJI_START = /^[ \t]*(?:\p{Extended_Pictographic}|[✓✔✗✘☐☑★☆])/u;
const SENTENCE_END = /[.!?,;]$/;

type Line = { text: string; blank: boolean };

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const isShort = (text: string) => text.length <= 70 && words(text) <= 10;
const isCaps = (text: string) => /\p{Lu}{2}/u.test(text) && text === text.toUpperCase() && !/\p{Ll}/u.test(text);

function listItem(text: string, emojiRun: boolean): string | undefined {
  const bullet = BULLET.exec(text);
  if (bullet) return `- ${bullet[1]}`;
  const numbered = NUMBERED.exec(text);
  if (numbered) return `${numbered[1] ?? numbered[2]}. ${numbered[3]}`;
  const lettered = LETTERED.exec(text);
  if (lettered) return `- ${lettered[1]}`;
  if (emojiRun) return `- ${text.trim()}`;
  return undefined;
}

function heading(lines: Line[], i: number, hasContentAfter: boolean, isItem: (j: number) => boolean): string | undefined {
  const text = lines[i]!.text.trim();
  if (!text || !isShort(text) || /^#/.test(text) || !hasContentAfter) return undefined;
  if (text.endsWith(":") && !/:\s*\S/.test(text.slice(0, -1))) return text.slice(0, -1).trim();
  // Alone: after a blank line, a list, or a paragraph's last sentence (PDF text has no blank lines).
  const alone = i === 0 || lines[i - 1]!.blank || isItem(i - 1) || /[.!?]$/.test(lines[i - 1]!.text.trim());
  if (isCaps(text) && text.length >= 3) return text;
  if (!alone || SENTENCE_END.test(text) || /:\s*\S/.test(text)) return undefined;
  // Standing alone: a blank line or a list after it, or a paragraph starting on the next line.
  return lines[i + 1]!.blank || isItem(i + 1) || lines[i + 1]!.text.trim().length > text.length ? text : undefined;
}

/** Joins lines a PDF wrapped at the page's width: a long line that runs on into a lowercase one. */
export function unwrapLines(text: string): string {
  const lines = text.split("\n").filter((line) => !/^\s*--\s*\d+\s+of\s+\d+\s*--\s*$/.test(line));
  const out: string[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    const runsOn = previous !== undefined && !/[.!?:;]$/.test(previous.trim()) && !BULLET.test(line) && !NUMBERED.test(line);
    if (runsOn && (previous.length >= 70 || (previous.length >= 45 && /^\s*\p{Ll}/u.test(line)))) {
      out[out.length - 1] = `${previous.trimEnd()} ${line.trim()}`;
    } else {
      out.push(line);
    }
  }
  return out.join("\n");
}

export function plainTextToMarkdown(text: string): string {
  const lines: Line[] = text.split("\n").map((line) => ({ text: line.replace(/[ \t]+$/, ""), blank: line.trim() === "" }));
  const emoji = lines.map((line) => !line.blank && EMOJI_START.test(line.text));
  const inEmojiRun = (i: number) => emoji[i]! && (emoji[i - 1] === true || emoji[i + 1] === true);
  const items = lines.map((line, i) => (line.blank ? undefined : listItem(line.text, inEmojiRun(i))));
  const isItem = (j: number) => items[j] !== undefined;
  // For each line, the index of the next line with text (lines.length when none): one pass, not one per line.
  const nextContent = new Array<number>(lines.length + 1).fill(lines.length);
  for (let i = lines.length - 1; i >= 0; i--) nextContent[i] = lines[i + 1] && !lines[i + 1]!.blank ? i + 1 : nextContent[i + 1]!;
  const out: string[] = [];
  type Block = "none" | "list" | "paragraph";
  let block = "none" as Block;
  // A new kind of block is set off from the last by a blank line.
  const start = (current: Block, kind: Block): Block => {
    if (current !== "none" && current !== kind) out.push("");
    return kind;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) {
      // A blank line between two list items keeps them in one list.
      if (block === "list" && isItem(nextContent[i]!)) continue;
      if (block !== "none") out.push("");
      block = "none";
      continue;
    }
    const item = items[i];
    if (item !== undefined) {
      block = start(block, "list");
      out.push(item);
      continue;
    }
    const title = heading(lines, i, nextContent[i]! < lines.length, isItem);
    if (title !== undefined) {
      if (block !== "none") out.push("");
      out.push(`## ${title}`, "");
      block = "none";
      continue;
    }
    if (block === "paragraph") out[out.length - 1] += "  ";
    else block = start(block, "paragraph");
    out.push(line.text.trim());
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}
