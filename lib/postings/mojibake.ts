import iconv from "iconv-lite";

/**
 * Mojibake: UTF-8 bytes that something read as Windows-1252 or Mac Roman ("â€™" and "‚Äô" for ’, "Ã©" and
 * "√©" for é, "ðŸ’¡" and "üí°" for 💡), once or twice over. Each run of such characters is turned back
 * into its bytes and read as UTF-8, which only succeeds for real mojibake: UTF-8's lead and continuation
 * bytes must line up. No maintained JavaScript library does this (ftfy is Python), so it is done here,
 * with iconv-lite's tables for the two encodings.
 */

type Codec = { name: string; pattern: RegExp; toByte: Map<string, number> };

function charsOf(table: Map<string, number>, from: number, to: number, only?: (byte: number) => boolean): string {
  let chars = "";
  for (const [char, byte] of table) if (byte >= from && byte <= to && (!only || only(byte))) chars += char;
  return `[${chars.replace(/[\\\]^-]/g, "\\$&")}]`;
}

function codec(name: "windows-1252" | "macintosh", leads?: number[]): Codec {
  const toByte = new Map<string, number>();
  for (let byte = 0x80; byte <= 0xff; byte++) {
    const char = iconv.decode(Buffer.from([byte]), name);
    // iconv-lite leaves out what browsers decode: Windows-1252's undefined bytes as the C1 control of the
    // same number, and Mac Roman's 0xF0 as the Apple logo (U+F8FF).
    const browsers = name === "macintosh" ? "\uf8ff" : String.fromCharCode(byte);
    toByte.set(char === "\ufffd" ? browsers : char, byte);
  }
  const allowed = leads ? (byte: number) => leads.includes(byte) : undefined;
  const c = charsOf(toByte, 0x80, 0xbf);
  const two = charsOf(toByte, 0xc2, 0xdf, allowed);
  const three = charsOf(toByte, 0xe0, 0xef, allowed);
  const four = charsOf(toByte, 0xf0, 0xf4, allowed);
  // Mac Roman's 0xF0 is the Apple logo, a private-use character that is often dropped on the way: "üí°"
  // is 💡 without it (a four-byte sequence whose second byte 0x9F makes it an emoji).
  const lostLead = name === "macintosh" ? `|ü${c}{2}` : "";
  const one = `${two}${c}|${three}${c}{2}|${four}${c}{3}${lostLead}`;
  return { name, toByte, pattern: new RegExp(`(?:${one})+`, "g") };
}

let codecs: Codec[] | undefined;

function allCodecs(): Codec[] {
  // Mac Roman only for the lead bytes real mojibake starts with (¬ √ for Latin letters, ‚ for punctuation,
  // Ô for the BOM and variation selectors, the Apple logo for emoji): its other lead characters, such as
  // « and –, also stand before accented letters in real text.
  codecs ??= [codec("windows-1252"), codec("macintosh", [0xc2, 0xc3, 0xe2, 0xef, 0xf0])];
  return codecs;
}

function asUtf8(run: string, { toByte, name }: Codec): string | undefined {
  const bytes: number[] = name === "macintosh" && run.startsWith("ü") ? [0xf0] : [];
  for (const char of run) {
    const byte = toByte.get(char);
    if (byte === undefined) return undefined;
    bytes.push(byte);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
}

/**
 * The encoding with more runs that read as UTF-8 goes first: Mac Roman mojibake such as "‚Ç¨" (€) holds
 * "Ç¨", which Windows-1252 would also read, wrongly, as "Ǩ".
 */
function byEvidence(text: string): Codec[] {
  const evidence = (current: Codec) => {
    let runs = 0;
    for (const match of text.matchAll(current.pattern)) if (asUtf8(match[0], current) !== undefined) runs++;
    return runs;
  };
  const [first, second] = allCodecs() as [Codec, Codec];
  return evidence(second) > evidence(first) ? [second, first] : [first, second];
}

/** A stretch of mis-encoded text and what it reads as once repaired ("" for a stray character removed). */
export type MisEncoded = { text: string; reads: string };

/** One pass over the text for each encoding; a repaired run is tried again, for text mis-read twice. */
function repairOnce(text: string, depth: number, found?: MisEncoded[]): { text: string; repaired: number } {
  let repaired = 0;
  for (const current of byEvidence(text)) {
    text = text.replace(current.pattern, (run) => {
      const fixed = asUtf8(run, current);
      if (fixed === undefined) return run;
      const again = depth < 2 ? repairOnce(fixed, depth + 1) : { text: fixed, repaired: 0 };
      const result = again.text;
      repaired += [...result].length;
      found?.push({ text: run, reads: result });
      return result;
    });
  }
  return { text, repaired };
}

// Windows-1252 has no character for 0x9D, the last byte of ” (E2 80 9D), nor 0x8F, the last of the emoji
// variation selector (EF B8 8F): most tools drop it, leaving "â€" and "ï¸".
const LOST_LAST_BYTE: [RegExp, string][] = [
  [/â€(?![\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ])/g, "\u201d"],
  [/ï¸(?![\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ])/g, "\ufe0f"],
];

// Private use: icon-font glyphs (U+E000–U+F8FF) and the supplementary private-use planes.
const PRIVATE_USE = /[\ue000-\uf8ff\u{f0000}-\u{ffffd}\u{100000}-\u{10fffd}]/gu;

export type Repaired = { text: string; repaired: number; removed: number };

/**
 * Repairs mojibake and removes stray private-use characters; counts both. `found`, when given, collects each
 * stretch as it was, for a check that quotes what is left rather than repairing it.
 */
export function repairText(input: string, found?: MisEncoded[]): Repaired {
  let { text, repaired } = repairOnce(input, 0, found);
  for (const [pattern, replacement] of LOST_LAST_BYTE) {
    text = text.replace(pattern, (run) => {
      repaired++;
      found?.push({ text: run, reads: replacement });
      return replacement;
    });
  }
  let removed = 0;
  text = text.replace(PRIVATE_USE, (char) => {
    removed++;
    found?.push({ text: char, reads: "" });
    return "";
  });
  return { text, repaired, removed };
}
