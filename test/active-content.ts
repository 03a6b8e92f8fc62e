import { readFileSync } from "node:fs";
import path from "node:path";
import CFB from "cfb";

// Documents with macros and embedded objects, built from the clean files in test/files: `cfb` writes the
// OLE compound files (Word 97–2003) and re-packs the DOCX zip, as Word itself lays them out.
export const testFile = (name: string) => readFileSync(path.join(__dirname, "files", name));
export const VBA_MODULE = 'Attribute VB_Name = "ThisDocument"\r\nSub AutoOpen()\r\n  Shell "calc.exe"\r\nEnd Sub\r\n';

export function compoundFile(streams: Record<string, string | Buffer>): Buffer {
  const container = CFB.utils.cfb_new();
  // The FIB's magic (0xA5EC) and enough bytes for a reader to take it for a Word document.
  const wordDocument = Buffer.alloc(4096);
  wordDocument.writeUInt16LE(0xa5ec, 0);
  CFB.utils.cfb_add(container, "WordDocument", wordDocument);
  CFB.utils.cfb_add(container, "1Table", Buffer.alloc(1024));
  for (const [name, content] of Object.entries(streams)) CFB.utils.cfb_add(container, name, Buffer.from(content));
  return CFB.write(container, { type: "buffer" }) as Buffer;
}

export function docxWith(parts: Record<string, string | Buffer>, contentTypes?: (xml: string) => string): Buffer {
  const zip = CFB.read(testFile("resume.docx"), { type: "buffer" });
  for (const [name, content] of Object.entries(parts)) CFB.utils.cfb_add(zip, name, Buffer.from(content));
  if (contentTypes) {
    const xml = Buffer.from(CFB.find(zip, "[Content_Types].xml")!.content).toString("utf8");
    CFB.utils.cfb_del(zip, "[Content_Types].xml");
    CFB.utils.cfb_add(zip, "[Content_Types].xml", Buffer.from(contentTypes(xml)));
  }
  return CFB.write(zip, { fileType: "zip", type: "buffer" }) as Buffer;
}

export const rtfWith = (group: string) => Buffer.from(testFile("resume.rtf").toString("latin1").replace(/}\s*$/, `${group}}`), "latin1");
