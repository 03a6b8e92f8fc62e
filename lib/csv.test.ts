import { describe, expect, it } from "vitest";
import { csvDocument, csvStream, neutralizeFormula, toCsv } from "./csv";

describe("CSV export", () => {
  it("quotes commas, quotes and line breaks as RFC 4180 says", () => {
    expect(toCsv([["a,b", 'say "hi"', "two\nlines", "plain"]])).toBe('"a,b","say ""hi""","two\nlines",plain\r\n');
  });

  it("turns formula-looking cells into text", () => {
    for (const dangerous of ["=HYPERLINK(\"https://evil.example\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]) {
      expect(neutralizeFormula(dangerous)).toBe(`'${dangerous}`);
    }
    expect(neutralizeFormula("admin@example.com")).toBe("admin@example.com");
    expect(neutralizeFormula("1=1")).toBe("1=1");
    const csv = toCsv([["=cmd|' /C calc'!A0", "Mozilla/5.0", "@evil"]]);
    expect(csv).toBe(`'=cmd|' /C calc'!A0,Mozilla/5.0,'@evil\r\n`);
  });

  it("writes dates as ISO 8601 and leaves empty cells empty", () => {
    expect(toCsv([[new Date("2026-01-02T03:04:05.006Z"), null, undefined, 7, true]])).toBe("2026-01-02T03:04:05.006Z,,,7,true\r\n");
  });

  it("streams the same text as it is written", async () => {
    const stream = csvStream();
    const chunks: string[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk.toString()));
    const ended = new Promise((resolve) => stream.on("end", resolve));
    stream.write(["Time", "Actor"]);
    stream.write(["2026-01-02", "=1+1"]);
    stream.end();
    await ended;
    expect(chunks.join("")).toBe("Time,Actor\r\n2026-01-02,'=1+1\r\n");
  });

  it("starts a download with the UTF-8 byte-order mark, so spreadsheets read accents right, and keeps negative numbers numbers", () => {
    const csv = csvDocument([["Source", "Applications", "Change"], ["Zürich jobs", 37, -2], ["-2+3", 1, 0]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe("Source,Applications,Change\r\nZürich jobs,37,-2\r\n'-2+3,1,0\r\n");
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});
