/** Someone a note may mention: shown in the picker, matched in the text as "@Name". */
export type Mentionable = { userId: string; name: string };

/**
 * The members mentioned in a note's text as "@Full Name" (case-insensitive), in order of first mention.
 * Longer names win, so "@Ann Lee" is Ann Lee and not a member called "Ann". Only members passed in can
 * be found: the text alone never reaches someone the author could not pick.
 */
export function parseMentions(body: string, members: readonly Mentionable[]): string[] {
  const byLength = [...members].filter((m) => m.name.trim()).sort((a, b) => b.name.length - a.name.length);
  const found: string[] = [];
  const lower = body.toLowerCase();
  for (let at = lower.indexOf("@"); at !== -1; at = lower.indexOf("@", at + 1)) {
    // "ann@example.com" is an address, not a mention.
    if (at > 0 && /[\p{L}\p{N}._%+-]/u.test(body[at - 1]!)) continue;
    const rest = lower.slice(at + 1);
    const member = byLength.find((m) => {
      const name = m.name.trim().toLowerCase();
      return rest.startsWith(name) && !/[\p{L}\p{N}]/u.test(rest.charAt(name.length));
    });
    if (member && !found.includes(member.userId)) found.push(member.userId);
  }
  return found;
}

/** The query being typed after an "@" that ends at the caret, or null when the caret is not in one. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf("@");
  if (at === -1 || (at > 0 && !/\s|[(["']/.test(before[at - 1]!))) return null;
  const query = before.slice(at + 1);
  // Names have at most a few words; a newline or a long run means the "@" was something else.
  if (query.includes("\n") || query.length > 40 || query.split(" ").length > 4) return null;
  return { start: at, query };
}

/** A short single-line extract of a note for notifications and emails. */
export function noteExcerpt(body: string, max = 160): string {
  const line = body.replace(/\s+/g, " ").trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}
