import { readFileSync } from "node:fs";
import path from "node:path";
import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import { DEFAULT_LETTER_TEMPLATE, formatDay, formatSalary, isOfferOpen, mergeLetter, signatureMatches } from "./letter";
import { renderLetterPdf } from "./letter-pdf";

describe("the offer letter", () => {
  const values = { candidate_name: "Ada Lovelace", job_title: "Engineer", salary: formatSalary("65000", "EUR", "year"), start_date: formatDay("2027-03-01"), expiry: formatDay("2027-02-01"), organization: "Acme", bonus: "None", equity: "None" };

  it("fills every merge field and leaves an unknown one as typed, so a typo shows", () => {
    const letter = mergeLetter(`${DEFAULT_LETTER_TEMPLATE}\n{{ candidate_name }} {{salry}}`, values);
    expect(letter).toContain("Dear Ada Lovelace,");
    expect(letter).toContain("Salary: EUR 65,000.00 per year");
    expect(letter).toContain("Start date: 1 March 2027");
    expect(letter).toContain("Ada Lovelace {{salry}}");
  });

  it("renders a PDF without a browser, whose text reads back as written in any European script", async () => {
    const font = (file: string) => readFileSync(path.join(process.cwd(), "node_modules/dejavu-fonts-ttf/ttf", file));
    const fonts = { regular: font("DejaVuSans.ttf"), bold: font("DejaVuSans-Bold.ttf") };
    const names = "Łukasz Żółć, Σοφία Παπαδοπούλου, Ирина Петрова, Zoë Ørsted, Şule Öztürk";
    const pdf = await renderLetterPdf(mergeLetter(DEFAULT_LETTER_TEMPLATE, { ...values, candidate_name: names }), { title: "Offer", author: "Acme" }, fonts);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const { text } = await new PDFParse({ data: new Uint8Array(pdf) }).getText();
    expect(text.replace(/\s+/g, " ")).toContain(`Dear ${names},`);
    // Only the glyphs used are embedded: the letter stays small.
    expect(pdf.length).toBeLessThan(100_000);
  });

  it("accepts the name as a signature whatever its case and spacing, and nothing else", () => {
    expect(signatureMatches("  ada   LOVELACE ", "Ada Lovelace")).toBe(true);
    expect(signatureMatches("Ada", "Ada Lovelace")).toBe(false);
    expect(signatureMatches("", "Ada Lovelace")).toBe(false);
  });

  it("is open through the whole expiry day and closed the day after", () => {
    expect(isOfferOpen("2027-02-01", "2027-02-01")).toBe(true);
    expect(isOfferOpen("2027-02-01", "2027-02-02")).toBe(false);
  });
});
