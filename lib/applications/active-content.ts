import CFB from "cfb";

/**
 * Word documents can carry code (VBA macros, ActiveX controls) and other programs' objects (OLE), which
 * run or open when a recruiter opens the file in Word. Candidates never need either in a resume, so they
 * are refused with a message saying how to send the document without them.
 */
export type ActiveContent = "macros" | "objects";

export const ACTIVE_CONTENT_MESSAGES: Record<ActiveContent, string> = {
  macros: "This document contains macros. Save it as PDF, or as a Word document without macros, and upload it again.",
  objects:
    "This document contains embedded objects (such as another file, a spreadsheet or a control inside it). Save it as PDF, or remove the embedded objects, and upload it again.",
};

/** Parts of a DOCX (any Office Open XML package) that hold macros or OLE/ActiveX objects. */
export function activeContentInZipEntry(fileName: string): ActiveContent | null {
  const name = fileName.toLowerCase();
  // Word keeps its VBA project in word/vbaProject.bin (with vbaData.xml); a renamed .docm still has it.
  if (/(^|\/)vbaproject\.bin$/.test(name) || /(^|\/)vbadata\.xml$/.test(name)) return "macros";
  if (/(^|\/)activex\//.test(name)) return "objects";
  // OLE objects are stored as oleObject*.bin; embedded packages (another .docx, .xlsx, .exe) beside them.
  if (/(^|\/)embeddings\//.test(name)) return "objects";
  return null;
}

/**
 * Reads a Word 97–2003 (OLE compound file) document's directory with `cfb`: a Macros or _VBA_PROJECT_CUR
 * storage (or a VBA storage anywhere) is a macro project; a non-empty ObjectPool holds embedded objects.
 * Throws when the file is not a readable compound file.
 */
export function activeContentInCompoundFile(data: Buffer): ActiveContent | null {
  const container = CFB.read(data, { type: "buffer" });
  const paths = container.FullPaths.map((path) => path.replace(/^[^/]*\//, "").toLowerCase());
  const isMacroStorage = (path: string) =>
    /^(macros|_vba_project_cur|_vba_project)(\/|$)/.test(path) || /(^|\/)vba\/(dir|_vba_project)$/.test(path);
  if (paths.some(isMacroStorage)) return "macros";
  if (paths.some((path) => /^objectpool\/.+/.test(path))) return "objects";
  return null;
}

// \object and its parts (\objemb, \objautlink, \objupdate, \objdata, \objocx, …): every RTF control word
// starting "\obj" belongs to an embedded or linked object. A backslash escaped as "\\" is text, not a control word.
const RTF_OBJECT = /(?<!\\)(?:\\\\)*\\obj[a-z]/i;

/** An RTF document with an embedded or linked object (RTF has no macros of its own; its objects can carry them). */
export function activeContentInRtf(data: Buffer): ActiveContent | null {
  return RTF_OBJECT.test(data.toString("latin1")) ? "objects" : null;
}
