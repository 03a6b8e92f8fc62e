import { describe, expect, it } from "vitest";
import { downloadHeaders } from "./download";

const pdf = { originalName: "Résumé «final».pdf", mediaType: "application/pdf", sizeBytes: 10 };
const html = { originalName: "x.txt", mediaType: "text/plain; charset=utf-8", sizeBytes: 3 };

describe("downloadHeaders", () => {
  it("serves an attachment with the UTF-8 name, no sniffing and no caching", () => {
    const headers = downloadHeaders(pdf, false);
    expect(headers.get("Content-Disposition")).toBe(
      `attachment; filename="Resume final.pdf"; filename*=UTF-8''R%C3%A9sum%C3%A9%20%C2%ABfinal%C2%BB.pdf`,
    );
    expect(headers.get("Content-Type")).toBe("application/pdf");
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(headers.get("Cache-Control")).toBe("private, no-store");
    expect(headers.get("Content-Security-Policy")).toBeNull();
  });

  it("previews only PDFs inline, sandboxed", () => {
    const preview = downloadHeaders(pdf, true);
    expect(preview.get("Content-Disposition")).toMatch(/^inline; /);
    expect(preview.get("Content-Security-Policy")).toBe("sandbox; frame-ancestors 'self'");
    const refused = downloadHeaders(html, true);
    expect(refused.get("Content-Disposition")).toMatch(/^attachment; /);
    expect(refused.get("Content-Security-Policy")).toBeNull();
  });

  it("keeps quotes and backslashes out of the fallback name", () => {
    expect(downloadHeaders({ ...pdf, originalName: 'a"b\\c.pdf' }, false).get("Content-Disposition")).toContain('filename="abc.pdf"');
  });
});
