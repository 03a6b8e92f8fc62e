import { describe, expect, it } from "vitest";
import { mentionQueryAt, noteExcerpt, parseMentions } from "./mentions";

const members = [
  { userId: "ann", name: "Ann" },
  { userId: "ann-lee", name: "Ann Lee" },
  { userId: "bo", name: "Bo Diaz" },
];

describe("parseMentions", () => {
  it("finds @Full Name mentions, case-insensitively, once each, in order", () => {
    expect(parseMentions("@bo diaz and @Ann Lee, then @Bo Diaz again", members)).toEqual(["bo", "ann-lee"]);
  });

  it("prefers the longest name and needs a word boundary after it", () => {
    expect(parseMentions("ask @Ann Lee", members)).toEqual(["ann-lee"]);
    expect(parseMentions("ask @Ann, please", members)).toEqual(["ann"]);
    expect(parseMentions("ask @Annabel", members)).toEqual([]);
  });

  it("ignores email addresses and people who are not offered", () => {
    expect(parseMentions("write to ann@Bo Diaz.example", members)).toEqual([]);
    expect(parseMentions("@Zed Smith knows", members)).toEqual([]);
    expect(parseMentions("no mentions here", members)).toEqual([]);
  });
});

describe("mentionQueryAt", () => {
  it("returns the text typed after an @ up to the caret", () => {
    expect(mentionQueryAt("hello @an", 9)).toEqual({ start: 6, query: "an" });
    expect(mentionQueryAt("@", 1)).toEqual({ start: 0, query: "" });
  });

  it("is null inside an email address, across lines, or with no @", () => {
    expect(mentionQueryAt("ann@exa", 7)).toBeNull();
    expect(mentionQueryAt("@ann\nnext", 9)).toBeNull();
    expect(mentionQueryAt("plain text", 5)).toBeNull();
  });
});

describe("noteExcerpt", () => {
  it("keeps short notes and shortens long ones on one line", () => {
    expect(noteExcerpt("  two\nlines ")).toBe("two lines");
    const excerpt = noteExcerpt("word ".repeat(100), 20);
    expect(excerpt.length).toBeLessThanOrEqual(20);
    expect(excerpt.endsWith("…")).toBe(true);
  });
});
