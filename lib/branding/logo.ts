import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { isSvgDocument, sanitizeSvg } from "./svg";

export const MAX_LOGO_BYTES = 1024 * 1024;
export const LOGO_MEDIA_TYPES = ["image/png", "image/jpeg", "image/svg+xml"] as const;
export type LogoMediaType = (typeof LOGO_MEDIA_TYPES)[number];

export type AcceptedLogo = { mediaType: LogoMediaType; data: Buffer; sha256: string; sizeBytes: number };

export class LogoRejected extends Error {
  override name = "LogoRejected";
}

const WRONG_TYPE = "The logo must be a PNG, JPEG or SVG image. Export it in one of those formats and upload it again.";

/**
 * Checks an uploaded logo by its bytes, whatever its name or the browser claimed: PNG and JPEG by their
 * signatures (file-type), SVG as well-formed UTF-8 text whose root element is <svg>, then sanitised.
 * An HTML page, a script or a PDF named logo.png is refused. Throws LogoRejected with a sentence for
 * the settings form.
 */
export async function acceptLogo(file: File): Promise<AcceptedLogo> {
  if (file.size === 0) throw new LogoRejected("The logo file is empty. Choose the file again.");
  if (file.size > MAX_LOGO_BYTES) throw new LogoRejected("The logo is larger than 1 MB. Upload a smaller image.");
  const bytes = Buffer.from(await file.arrayBuffer());
  const detected = await fileTypeFromBuffer(bytes);
  if (detected?.mime === "image/png" || detected?.mime === "image/jpeg") return stored(detected.mime, bytes);
  if (detected && detected.mime !== "application/xml") throw new LogoRejected(WRONG_TYPE);

  const text = utf8(bytes);
  if (text === null || !isSvgDocument(text)) throw new LogoRejected(WRONG_TYPE);
  const clean = sanitizeSvg(text);
  if (!clean) throw new LogoRejected("This SVG could not be read as an image. Export it again as a plain SVG file.");
  return stored("image/svg+xml", Buffer.from(clean, "utf8"));
}

function utf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function stored(mediaType: LogoMediaType, data: Buffer): AcceptedLogo {
  return { mediaType, data, sizeBytes: data.length, sha256: createHash("sha256").update(data).digest("hex") };
}
