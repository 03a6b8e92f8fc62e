import { describe, expect, it } from "vitest";
import { excerptParts, lexemesOf, resumeExcerpt, searchTermsOf } from "./search-terms";

describe("search terms", () => {
  it("turns each word into a prefix query and keeps tsquery syntax out", () => {
    expect(searchTermsOf("  Jane  O'Brien ").contactQuery).toBe("'Jane':* & 'OBrien':*");
    expect(searchTermsOf("a & (b | !c)").contactQuery).toBe("'a' & 'b' & 'c'");
    expect(searchTermsOf("&|!").contactQuery).toBeNull();
  });

  it("reads phone-number-like searches as digits", () => {
    expect(searchTermsOf("+44 (20) 7946-0958").phoneDigits).toBe("442079460958");
    expect(searchTermsOf("7946").phoneDigits).toBeNull();
    expect(searchTermsOf("Jane 794600").phoneDigits).toBeNull();
  });
});

describe("resume excerpts", () => {
  const marked = (excerpt: string | null) => excerptParts(excerpt ?? "").filter((part) => part.match).map((part) => part.text);

  it("marks every word whose stem matches, punctuation left outside", () => {
    const excerpt = resumeExcerpt("Built compilers. Then compiled (Compiling) more.", lexemesOf("'compil'"));
    expect(marked(excerpt)).toEqual(["compilers", "compiled", "Compiling"]);
    expect(excerptParts(excerpt!).map((part) => part.text).join("")).toBe("Built compilers. Then compiled (Compiling) more.");
  });

  it("finds stems whose y became i, and nothing when no word matches", () => {
    expect(marked(resumeExcerpt("A small company", lexemesOf("'compani'")))).toEqual(["company"]);
    expect(resumeExcerpt("Nothing relevant", lexemesOf("'kubernet'"))).toBeNull();
  });

  it("shows a window of words around the first match", () => {
    const text = Array.from({ length: 100 }, (_, i) => `w${i}`).join(" ") + " postgres " + "tail ".repeat(50);
    const parts = excerptParts(resumeExcerpt(text, ["postgr"], 12)!);
    expect(parts.map((part) => part.text).join("").split(" ")).toHaveLength(12);
    expect(marked(resumeExcerpt(text, ["postgr"], 12))).toEqual(["postgres"]);
  });
});
