import { readFileSync } from "node:fs";
import path from "node:path";
import CFB from "cfb";
import { describe, expect, it } from "vitest";
import { ACTIVE_CONTENT_MESSAGES } from "./active-content";
import { acceptDocument, FileRejected } from "./files";

// Every fixture is built here from the clean files in test/files: `cfb` writes the OLE compound files
// (Word 97–2003) and re-packs the DOCX zip, as Word itself lays them out.
const testFile = (name: string) => readFileSync(path.join(__dirname, "../../test/files", name));
const VBA_MODULE = 'Attribute VB_Name = "ThisDocument"\r\nSub AutoOpen()\r\n  Shell "calc.exe"\r\nEnd Sub\r\n';

function compoundFile(streams: Record<string, string | Buffer>): Buffer {
  const container = CFB.utils.cfb_new();
  // The FIB's magic (0xA5EC) and enough bytes for a reader to take it for a Word document.
  const wordDocument = Buffer.alloc(4096);
  wordDocument.writeUInt16LE(0xa5ec, 0);
  CFB.utils.cfb_add(container, "WordDocument", wordDocument);
  CFB.utils.cfb_add(container, "1Table", Buffer.alloc(1024));
  for (const [name, content] of Object.entries(streams)) CFB.utils.cfb_add(container, name, Buffer.from(content));
  return CFB.write(container, { type: "buffer" }) as Buffer;
}

function docxWith(parts: Record<string, string | Buffer>, contentTypes?: (xml: string) => string): Buffer {
  const zip = CFB.read(testFile("resume.docx"), { type: "buffer" });
  for (const [name, content] of Object.entries(parts)) CFB.utils.cfb_add(zip, name, Buffer.from(content));
  if (contentTypes) {
    const xml = Buffer.from(CFB.find(zip, "[Content_Types].xml")!.content).toString("utf8");
    CFB.utils.cfb_del(zip, "[Content_Types].xml");
    CFB.utils.cfb_add(zip, "[Content_Types].xml", Buffer.from(contentTypes(xml)));
  }
  return CFB.write(zip, { fileType: "zip", type: "buffer" }) as Buffer;
}

const rtfWith = (group: string) => Buffer.from(testFile("resume.rtf").toString("latin1").replace(/}\s*$/, `${group}}`), "latin1");
const OLE_HEX = compoundFile({ "\u0001Ole10Native": "MZ" }).subarray(0, 64).toString("hex");

const refusal = async (bytes: Buffer, name: string) => {
  const error = await acceptDocument(new File([new Uint8Array(bytes)], name), "Resume").catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FileRejected);
  return (error as FileRejected).message;
};

describe("documents with macros or embedded objects", () => {
  it.each([
    ["a .doc with a Word VBA project (Macros storage, AutoOpen)", compoundFile({ "Macros/VBA/ThisDocument": VBA_MODULE, "Macros/VBA/dir": "x", "Macros/PROJECT": "ID=\"{0}\"" }), "resume.doc"],
    ["a .doc with an _VBA_PROJECT_CUR storage", compoundFile({ "_VBA_PROJECT_CUR/VBA/ThisDocument": VBA_MODULE, "_VBA_PROJECT_CUR/VBA/dir": "x" }), "resume.doc"],
    ["a .doc with a VBA storage elsewhere", compoundFile({ "Hidden/VBA/dir": "x" }), "cv.doc"],
    ["a DOCX holding word/vbaProject.bin", docxWith({ "word/vbaProject.bin": compoundFile({ "VBA/dir": "x", "VBA/ThisDocument": VBA_MODULE }) }), "resume.docx"],
    [
      "a macro-enabled DOCM renamed .docx",
      docxWith({ "word/vbaProject.bin": compoundFile({ "VBA/dir": "x" }) }, (xml) =>
        xml.replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "application/vnd.ms-word.document.macroEnabled.main+xml")),
      "resume.docx",
    ],
    ["a DOCX with macros and an embedded object", docxWith({ "word/embeddings/oleObject1.bin": "x", "word/vbaProject.bin": "x" }), "resume.docx"],
  ])("refuses %s with the macros message", async (_label, bytes, name) => {
    expect(await refusal(bytes, name)).toBe("This document contains macros. Save it as PDF, or as a Word document without macros, and upload it again.");
  });

  it.each([
    ["a .doc with an embedded OLE object (ObjectPool)", compoundFile({ "ObjectPool/_1234567890/\u0001Ole10Native": "MZ" }), "resume.doc"],
    ["a DOCX with an OLE object", docxWith({ "word/embeddings/oleObject1.bin": compoundFile({ "\u0001Ole10Native": "MZ" }) }), "resume.docx"],
    ["a DOCX with an embedded workbook", docxWith({ "word/embeddings/Microsoft_Excel_Worksheet.xlsx": "PK" }), "resume.docx"],
    ["a DOCX with an ActiveX control", docxWith({ "word/activeX/activeX1.xml": "<ax/>", "word/activeX/activeX1.bin": "x" }), "resume.docx"],
    ["an RTF with \\objemb", rtfWith(`{\\object\\objemb{\\*\\objclass Package}{\\*\\objdata ${OLE_HEX}}}`), "resume.rtf"],
    ["an RTF with \\objautlink", rtfWith(`{\\object\\objautlink\\rsltpict{\\*\\objclass Word.Document.8}}`), "resume.rtf"],
    ["an RTF with \\objupdate", rtfWith(`{\\object\\objupdate{\\*\\objdata ${OLE_HEX}}}`), "resume.rtf"],
    ["an RTF with \\objdata after an escaped backslash", rtfWith(`{\\*\\\\\\objdata ${OLE_HEX}}`), "resume.rtf"],
  ])("refuses %s with the embedded objects message", async (_label, bytes, name) => {
    expect(await refusal(bytes, name)).toBe(ACTIVE_CONTENT_MESSAGES.objects);
  });

  it("still accepts Word, RTF and DOCX files without them, and text that only mentions \\objemb", async () => {
    const clean = [
      [compoundFile({ Data: "pictures", "\u0005SummaryInformation": "x", "ObjectPool/": "" }), "resume.doc"],
      [testFile("resume.docx"), "resume.docx"],
      [docxWith({ "word/media/image1.png": "png", "word/vbaProjectNotes.txt": "x" }), "resume.docx"],
      [testFile("resume.rtf"), "resume.rtf"],
      [rtfWith("{The control word \\\\objemb is written as text here.}"), "resume.rtf"],
    ] as const;
    for (const [bytes, name] of clean) {
      await expect(acceptDocument(new File([new Uint8Array(bytes)], name), "Resume"), name).resolves.toMatchObject({ originalName: name });
    }
  });

  it("refuses a .doc whose compound file directory cannot be read", async () => {
    // Its first FAT sector points far past the end of the file.
    const damaged = compoundFile({});
    damaged.writeUInt32LE(0x7fffff, 0x4c);
    expect(await refusal(damaged, "resume.doc")).toMatch(/could not be read as a Word document/);
  });
});
