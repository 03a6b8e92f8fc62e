import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { repairText } from "./mojibake";

/**
 * Real mojibake: the UTF-8 bytes of `text`, read as `encoding` the way browsers read it (Node's own
 * TextDecoder reads "windows-1252" as Latin-1, so iconv-lite, with the bytes it leaves undefined as C1 controls).
 */
function misread(text: string, encoding: "windows-1252" | "macintosh"): string {
  const bytes = Buffer.from(text, "utf8");
  if (encoding === "macintosh") return new TextDecoder("macintosh").decode(bytes);
  return [...bytes].map((byte) => iconv.decode(Buffer.from([byte]), encoding).replace("\ufffd", String.fromCharCode(byte))).join("");
}

describe("repairing mis-encoded text", () => {
  const original = "We’re hiring — café, naïve, São Paulo, Zürich “now” 💡 🚀 €100";

  it("reads UTF-8 that was taken for Windows-1252 again, and counts the characters", () => {
    const broken = misread(original, "windows-1252");
    expect(broken).toContain("â€™");
    expect(repairText(broken)).toEqual({ text: original, repaired: 11, removed: 0 });
  });

  it("repairs text mis-read twice over", () => {
    const twice = misread(misread(original, "windows-1252"), "windows-1252");
    expect(twice).toContain("Ã¢â‚¬â„¢");
    expect(repairText(twice)).toEqual({ text: original, repaired: 11, removed: 0 });
  });

  it("repairs Mac Roman mojibake, also when the Apple logo of an emoji was dropped", () => {
    const broken = misread(original, "macintosh");
    expect(broken).toContain("‚Äô");
    expect(repairText(broken).text).toBe(original);
    const withoutLogo = broken.replace(/\uf8ff/g, "");
    expect(withoutLogo).toContain("üí°");
    expect(repairText(withoutLogo)).toEqual({ text: original, repaired: 11, removed: 0 });
  });

  it("restores the closing quote whose last byte Windows-1252 cannot hold", () => {
    expect(repairText("the â€œbestâ€ team")).toEqual({ text: "the “best” team", repaired: 2, removed: 0 });
  });

  it("leaves correct text alone, accents and French quotes included", () => {
    const text = "Ça va? «Ça» – école, Müller über Größe, naïve façade, ÀÉÎ, 80.000–95.000 EUR ✅";
    expect(repairText(text)).toEqual({ text, repaired: 0, removed: 0 });
  });

  it("removes stray private-use characters", () => {
    expect(repairText("\uf0b7 Benefits \ue001")).toEqual({ text: " Benefits ", repaired: 0, removed: 2 });
  });

  it("lists each stretch it repaired as it was, for a check that quotes them", () => {
    const found: { text: string; reads: string }[] = [];
    repairText("Youâ€™ll meet the cafÃ© team, â€œsoonâ€ \uf0b7", found);
    expect(found).toEqual([
      { text: "â€™", reads: "’" },
      { text: "Ã©", reads: "é" },
      { text: "â€œ", reads: "“" },
      { text: "â€", reads: "”" },
      { text: "\uf0b7", reads: "" },
    ]);
  });
});
