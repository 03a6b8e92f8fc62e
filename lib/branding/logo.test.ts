import { describe, expect, it } from "vitest";
import { acceptLogo, LogoRejected, MAX_LOGO_BYTES } from "./logo";

// A 1×1 transparent PNG and the start of a JFIF JPEG: real signatures, as file-type reads them.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]), Buffer.alloc(64)]);

const file = (bytes: Buffer | string, name: string, type = "image/png") => new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name, { type });

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LogoRejected) return error.message;
    throw error;
  }
  throw new Error("the logo was accepted");
}

describe("logo uploads, typed by their bytes", () => {
  it("accepts PNG and JPEG whatever they are called", async () => {
    expect(await acceptLogo(file(PNG, "logo.png"))).toMatchObject({ mediaType: "image/png", sizeBytes: PNG.length });
    expect(await acceptLogo(file(JPEG, "logo.svg", "image/svg+xml"))).toMatchObject({ mediaType: "image/jpeg" });
  });

  it("refuses an HTML page named logo.png", async () => {
    const html = "<!doctype html><html><body><script>alert(document.cookie)</script></body></html>";
    expect(await refusal(acceptLogo(file(html, "logo.png")))).toMatch(/PNG, JPEG or SVG/);
  });

  it("refuses an HTML page that holds an <svg>, a PDF and arbitrary bytes", async () => {
    expect(await refusal(acceptLogo(file('<html><svg xmlns="http://www.w3.org/2000/svg"></svg></html>', "logo.svg")))).toMatch(/PNG, JPEG or SVG/);
    expect(await refusal(acceptLogo(file("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n", "logo.png")))).toMatch(/PNG, JPEG or SVG/);
    expect(await refusal(acceptLogo(file(Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x80]), "logo.jpg")))).toMatch(/PNG, JPEG or SVG/);
  });

  it("accepts an SVG after sanitising it", async () => {
    const svg = `<?xml version="1.0"?>\n<!-- made by hand -->\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><rect width="4" height="4"/></svg>`;
    const logo = await acceptLogo(file(svg, "logo.svg", "image/svg+xml"));
    expect(logo.mediaType).toBe("image/svg+xml");
    const text = logo.data.toString("utf8");
    expect(text).toContain("<rect");
    expect(text).not.toMatch(/alert|script|onload/);
    expect(logo.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses empty files and files over 1 MB", async () => {
    expect(await refusal(acceptLogo(file(Buffer.alloc(0), "logo.png")))).toMatch(/empty/);
    expect(await refusal(acceptLogo(file(Buffer.concat([PNG, Buffer.alloc(MAX_LOGO_BYTES)]), "logo.png")))).toMatch(/larger than 1 MB/);
  });
});
