/**
 * Builds the corpus files that can't be written by hand: postings in other encodings (real bytes: the text
 * encoded, then mis-decoded the way browsers and editors do it), Word documents and PDFs. The results are
 * committed; run this again after changing a source:  npx tsx test/postings/build.mts
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import JSZip from "jszip";
import { pdfWithContent } from "../pdf";

const here = path.dirname(fileURLToPath(import.meta.url));
const source = (name: string) => readFileSync(path.join(here, "sources", name), "utf8");
const write = (name: string, data: Buffer | Uint8Array) => writeFileSync(path.join(here, name), data);

/** UTF-8 bytes read as `encoding` the way browsers do (Windows-1252's undefined bytes become C1 controls). */
function misread(text: string, encoding: "windows-1252" | "macintosh"): string {
  const bytes = Buffer.from(text, "utf8");
  if (encoding === "macintosh") return new TextDecoder("macintosh").decode(bytes);
  return [...bytes].map((byte) => iconv.decode(Buffer.from([byte]), encoding).replace("\ufffd", String.fromCharCode(byte))).join("");
}

// --- encodings ------------------------------------------------------------------------------------
write("24-windows-1252.txt", iconv.encode(source("24-windows-1252.txt").replace(/\n/g, "\r\n"), "windows-1252"));
write("25-utf16le-bom.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(source("25-utf16le-bom.txt"), "utf-16le")]));
write("26-utf16be-no-bom.txt", iconv.encode(source("26-utf16be-no-bom.txt"), "utf-16be"));
write("27-mojibake-cp1252.md", Buffer.from(misread(source("27-mojibake-cp1252.md"), "windows-1252"), "utf8"));
write("28-mojibake-twice.txt", Buffer.from(misread(misread(source("28-mojibake-twice.txt"), "windows-1252"), "windows-1252"), "utf8"));
// Mac Roman mojibake as it is usually met: the Apple logo (U+F8FF) that starts each emoji lost on the way
// for all but the first, and a stray icon-font glyph (U+F0B7, Word's Symbol bullet) before a line.
const mac = misread(source("29-mojibake-mac-roman.txt"), "macintosh");
const firstLogo = mac.indexOf("\uf8ff") + 1;
write("29-mojibake-mac-roman.txt", Buffer.from((mac.slice(0, firstLogo) + mac.slice(firstLogo).replace(/\uf8ff/g, "")).replace("Salary", "\uf0b7 Salary"), "utf8"));
write("30-windows-1252.htm", iconv.encode(source("30-windows-1252.htm"), "windows-1252"));

// --- Word -----------------------------------------------------------------------------------------
type Paragraph = { style?: "Heading1" | "Heading2"; list?: "bullet" | "number"; bold?: boolean; text: string };

const xmlText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function paragraphXml({ style, list, bold, text }: Paragraph): string {
  const numbering = list ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${list === "bullet" ? 1 : 2}"/></w:numPr>` : "";
  const properties = style || list ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : '<w:pStyle w:val="ListParagraph"/>'}${numbering}</w:pPr>` : "";
  return `<w:p>${properties}<w:r>${bold ? "<w:rPr><w:b/></w:rPr>" : ""}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r></w:p>`;
}

async function docx(name: string, paragraphs: Paragraph[]) {
  const zip = new JSZip();
  const date = new Date("2026-01-01T00:00:00Z");
  const add = (file: string, content: string) => zip.file(file, content, { date });
  add(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>',
  );
  add("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  add(
    "word/_rels/document.xml.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>',
  );
  const style = (id: string, styleName: string) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${styleName}"/></w:style>`;
  add("word/styles.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}>${style("Normal", "Normal")}${style("Heading1", "heading 1")}${style("Heading2", "heading 2")}${style("ListParagraph", "List Paragraph")}</w:styles>`);
  const level = (format: string, text: string) => `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
  add(
    "word/numbering.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0">${level("bullet", "•")}</w:abstractNum><w:abstractNum w:abstractNumId="1">${level("decimal", "%1.")}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`,
  );
  add("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${paragraphs.map(paragraphXml).join("")}</w:body></w:document>`);
  write(name, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

await docx("31-word-headings-lists.docx", [
  { style: "Heading1", text: "Senior Security Engineer" },
  { text: "Location: Remote (United States)" },
  { text: "Vaultline protects the identities of 30 million people. Our security team keeps our own house in order first." },
  { style: "Heading2", text: "What you’ll do" },
  { list: "bullet", text: "Run our vulnerability management program" },
  { list: "bullet", text: "Lead incident response and write the post-mortems" },
  { list: "bullet", text: "Threat-model new features with product teams" },
  { style: "Heading2", text: "What you bring" },
  { list: "number", text: "6+ years in security engineering" },
  { list: "number", text: "Hands-on cloud security (AWS)" },
  { style: "Heading2", text: "Compensation" },
  { text: "USD 140,000 – 165,000 per year, plus equity and benefits." },
  { text: "Apply now" },
]);

await docx("32-word-bold-headings.docx", [
  { text: "Bookkeeper (Part-Time)" },
  { text: "Maple & Main Accounting is a small firm in Halifax serving local businesses for 25 years." },
  { bold: true, text: "What you will do" },
  { list: "bullet", text: "Reconcile bank and credit card accounts" },
  { list: "bullet", text: "Run payroll for 30 clients" },
  { bold: true, text: "Who you are" },
  { list: "bullet", text: "Experienced with QuickBooks Online" },
  { list: "bullet", text: "Detail-oriented and discreet" },
  { text: "Location: Halifax, NS, Canada (in office)" },
  { text: "Hours: 20–25 per week. Pay: $26 to $30 an hour." },
]);

// --- PDF ------------------------------------------------------------------------------------------
/** A one-page PDF of `lines`, in Helvetica with the Windows character set (so –, •, € and ’ print). */
function pdf(name: string, lines: string[]) {
  const escape = (text: string) => iconv.encode(text, "windows-1252").toString("latin1").replace(/[\\()]/g, "\\$&");
  const content = Buffer.from(lines.map((line, i) => `BT /F1 10 Tf 56 ${770 - i * 14} Td (${escape(line)}) Tj ET`).join("\n"), "latin1");
  write(name, pdfWithContent(content, undefined, { winAnsi: true }));
}

pdf("33-pdf-posting.pdf", [
  "Operations Manager",
  "Location: Rotterdam, Netherlands",
  "Employment type: Full-time",
  "",
  "Havenkade runs cold-storage warehouses for fruit importers in the port of Rotterdam.",
  "",
  "Responsibilities:",
  "• Lead a team of 25 warehouse staff across two shifts",
  "• Plan capacity with our sales team",
  "• Own safety and food-hygiene audits",
  "",
  "Requirements:",
  "• 5+ years in warehouse or logistics management",
  "• Fluent Dutch and English",
  "",
  "Salary: €58.000 – €68.000 per year, plus a 13th month.",
]);

pdf("34-pdf-wrapped.pdf", [
  "Clinical Research Associate",
  "",
  "About the role",
  "Medora runs clinical trials for biotech companies across Europe. As a Clinical Research",
  "Associate you will monitor trial sites, make sure data is accurate and that every patient",
  "is safe and informed.",
  "",
  "What you will do",
  "- Visit trial sites in Spain and Portugal, about six days a month",
  "- Review source documents and case report forms",
  "- Train site staff on our protocols",
  "",
  "What we need",
  "- A degree in life sciences or nursing",
  "- Two years of monitoring experience",
  "",
  "This is a full-time, permanent position based in Madrid with hybrid working.",
  "Salary: 42.000 - 50.000 EUR gross per year.",
]);
