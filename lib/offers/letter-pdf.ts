import PDFDocument from "pdfkit";
import { marked, type Token, type Tokens } from "marked";

/** Inline Markdown as plain text: the PDF letter sets headings and lists apart, not bold words. */
function inlineText(tokens: Token[] | undefined, fallback: string): string {
  if (!tokens) return fallback;
  return tokens.map((token) => ("tokens" in token && token.tokens ? inlineText(token.tokens, "") : "text" in token ? String(token.text) : "")).join("");
}

/**
 * The letter's typeface, regular and bold (TrueType bytes). PDF's built-in fonts only know Western European
 * letters: a name such as "Łukasz Żółć" or "Σοφία" came out as other characters. pdfkit embeds only the
 * glyphs the letter uses.
 */
export type LetterFonts = { regular: Uint8Array; bold: Uint8Array };

/**
 * The offer letter as a PDF: the merged Markdown's headings, paragraphs and lists on A4, in `fonts`.
 * pdfkit writes it in memory (no browser, no files).
 */
export function renderLetterPdf(markdown: string, meta: { title: string; author: string }, fonts: LetterFonts): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 64, info: { Title: meta.title, Author: meta.author }, compress: true });
  doc.registerFont("Letter", Buffer.from(fonts.regular));
  doc.registerFont("Letter-Bold", Buffer.from(fonts.bold));
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  for (const token of marked.lexer(markdown, { gfm: true })) {
    switch (token.type) {
      case "heading": {
        const heading = token as Tokens.Heading;
        doc.font("Letter-Bold").fontSize(heading.depth === 1 ? 20 : 15).text(inlineText(heading.tokens, heading.text)).moveDown(0.6);
        break;
      }
      case "paragraph": {
        const paragraph = token as Tokens.Paragraph;
        doc.font("Letter").fontSize(11).text(inlineText(paragraph.tokens, paragraph.text), { lineGap: 2 }).moveDown(0.6);
        break;
      }
      case "list": {
        const list = token as Tokens.List;
        list.items.forEach((item, index) => {
          const marker = list.ordered ? `${Number(list.start || 1) + index}.` : "•";
          doc.font("Letter").fontSize(11).text(`${marker} ${inlineText(item.tokens, item.text)}`, { indent: 12, lineGap: 2 });
        });
        doc.moveDown(0.6);
        break;
      }
      case "hr":
        doc.moveDown(0.5);
        break;
      case "space":
        break;
      default:
        if ("text" in token && typeof token.text === "string") doc.font("Letter").fontSize(11).text(token.text).moveDown(0.6);
    }
  }
  doc.end();
  return done;
}
