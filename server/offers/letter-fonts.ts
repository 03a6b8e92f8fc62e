import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { LetterFonts } from "@/lib/offers/letter-pdf";

// DejaVu Sans (the dejavu-fonts-ttf package): Latin with every European accent, Greek and Cyrillic.
const directory = () => path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");

let fonts: Promise<LetterFonts> | undefined;

/** The offer letter's fonts, read once per process. */
export function letterFonts(): Promise<LetterFonts> {
  fonts ??= Promise.all([readFile(path.join(directory(), "DejaVuSans.ttf")), readFile(path.join(directory(), "DejaVuSans-Bold.ttf"))]).then(([regular, bold]) => ({
    regular,
    bold,
  }));
  // A failed read (a broken install) is tried again next time rather than kept.
  fonts.catch(() => (fonts = undefined));
  return fonts;
}
