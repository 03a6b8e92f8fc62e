import { describe, expect, it } from "vitest";
import { compoundFile, docxWith, rtfWith, testFile, VBA_MODULE } from "@/test/active-content";
import { ACTIVE_CONTENT_MESSAGES } from "./active-content";
import { acceptDocument, FileRejected } from "./files";

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

  it("accepts them all where the organisation allows them, and still refuses a damaged one", async () => {
    const active = [
      [compoundFile({ "Macros/VBA/ThisDocument": VBA_MODULE, "Macros/VBA/dir": "x" }), "resume.doc"],
      [compoundFile({ "ObjectPool/_1234567890/\u0001Ole10Native": "MZ" }), "resume.doc"],
      [docxWith({ "word/vbaProject.bin": compoundFile({ "VBA/dir": "x", "VBA/ThisDocument": VBA_MODULE }) }), "resume.docx"],
      [docxWith({ "word/embeddings/oleObject1.bin": "x" }), "resume.docx"],
      [rtfWith(`{\\object\\objemb{\\*\\objdata ${OLE_HEX}}}`), "resume.rtf"],
    ] as const;
    for (const [bytes, name] of active) {
      await expect(acceptDocument(new File([new Uint8Array(bytes)], name), "Resume", { allowActiveContent: true }), name).resolves.toMatchObject({ originalName: name });
    }
    const damaged = compoundFile({ "Macros/VBA/dir": "x" });
    damaged.writeUInt32LE(0x7fffff, 0x4c);
    await expect(acceptDocument(new File([new Uint8Array(damaged)], "resume.doc"), "Resume", { allowActiveContent: true })).rejects.toThrow(/could not be read/);
  });

  it("refuses a .doc whose compound file directory cannot be read", async () => {
    // Its first FAT sector points far past the end of the file.
    const damaged = compoundFile({});
    damaged.writeUInt32LE(0x7fffff, 0x4c);
    expect(await refusal(damaged, "resume.doc")).toMatch(/could not be read as a Word document/);
  });
});
