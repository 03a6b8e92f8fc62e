import { deflateSync } from "node:zlib";

/** An RGB image of `width` × `height` pixels, drawn at the top right of the page. */
type Image = { width: number; height: number; rgb: Buffer };

/**
 * A valid one-page PDF whose page content is `content`, stored deflated as real PDFs store it, with an
 * optional image (deflated too). With `textDrawing(n)` it is a hostile upload: small on the wire, and a
 * parser spends seconds to minutes on it.
 */
export function pdfWithContent(content: Buffer, image?: Image, { winAnsi = false }: { winAnsi?: boolean } = {}): Buffer {
  const stream = deflateSync(image ? Buffer.concat([content, Buffer.from("\nq 150 0 0 165 390 590 cm /Im1 Do Q\n")]) : content);
  const objects = [
    Buffer.from("<< /Type /Catalog /Pages 2 0 R >>"),
    Buffer.from("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
    Buffer.from(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >>${image ? " /XObject << /Im1 6 0 R >>" : ""} >> >>`,
    ),
    Buffer.concat([Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`), stream, Buffer.from("\nendstream")]),
    // WinAnsiEncoding prints the Windows characters (–, •, €, ’) that text encoded as Windows-1252 holds.
    Buffer.from(`<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica${winAnsi ? " /Encoding /WinAnsiEncoding" : ""} >>`),
  ];
  if (image) {
    const pixels = deflateSync(image.rgb);
    objects.push(
      Buffer.concat([
        Buffer.from(
          `<< /Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /Length ${pixels.length} >>\nstream\n`,
        ),
        pixels,
        Buffer.from("\nendstream"),
      ]),
    );
  }
  const parts = [Buffer.from("%PDF-1.4\n")];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, i) => {
    const object = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from("\nendobj\n")]);
    offsets.push(length);
    parts.push(object);
    length += object.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/** `lines` text-drawing operations of 1,000 characters each (about 1 KB of page content per line). */
export function textDrawing(lines: number): Buffer {
  return Buffer.from(`BT /F1 12 Tf 72 700 Td (${"A".repeat(1000)}) Tj ET\n`.repeat(lines));
}

/**
 * A realistic resume of about 300 KB, the same bytes every time: a page of text and a 300 × 330 photo.
 * Real resumes of that size are mostly compressed bytes (font subsets, a photo) that nothing can compress
 * again; the photo here is noise, which doesn't compress either. (bench/applications.mjs once sent a page
 * padded with 290 KB of "x", which Postgres squeezed to 1.4 KB: a cheaper file than any candidate sends.)
 */
export function resumePdf300kb(): Buffer {
  const text = [
    "BT /F1 18 Tf 72 720 Td (Benchmark Candidate) Tj ET",
    "BT /F1 11 Tf 72 696 Td 14 TL (Senior Backend Engineer) Tj T* (bench@example.com) Tj T* T*",
    "(Experience: ten years of distributed systems, Postgres and TypeScript.) Tj T*",
    "(Led the migration of a payments platform to event sourcing.) Tj T* ET",
  ].join("\n");
  const width = 300;
  const height = 330;
  return pdfWithContent(Buffer.from(text), { width, height, rgb: noise(width * height * 3) });
}

/** Deterministic noise (xorshift32): incompressible like a photo, identical on every run. */
function noise(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = 0x2545f491;
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  return bytes;
}
