/**
 * WCAG 2.x contrast, for the careers brand colour: it fills buttons with white text and colours links
 * on the (near-)white careers page, so it must reach AA for normal text (4.5:1) against both.
 */

export const AA_NORMAL_TEXT = 4.5;

/** The careers page's background (Tailwind slate-50): links sit on it, a hair darker than white. */
export const CAREERS_BACKGROUND = "#f8fafc";

const HEX = /^#([0-9a-f]{6})$/i;

/** "#4338CA" or "#4338ca" → "#4338ca"; null for anything that is not a six-digit hex colour. */
export function normalizeHexColor(value: string): string | null {
  const match = HEX.exec(value.trim());
  return match ? `#${match[1]!.toLowerCase()}` : null;
}

/** Relative luminance of an sRGB "#rrggbb" colour (WCAG 2.2, 1.4.3). */
export function relativeLuminance(hex: string): number {
  const normalized = normalizeHexColor(hex);
  if (!normalized) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = parseInt(normalized.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** "4.47:1", rounded down so a colour just short of 4.5 never reads as 4.5. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}

/**
 * Why `color` cannot be the brand colour, or null when it can: white button text on it and link text in
 * it on the careers page both need 4.5:1. The sentence is for the settings form's field.
 */
export function brandColorProblem(color: string): string | null {
  const normalized = normalizeHexColor(color);
  if (!normalized) return "Enter a colour as # and six hexadecimal digits, like #4338ca.";
  const onButton = contrastRatio(normalized, "#ffffff");
  const asLink = contrastRatio(normalized, CAREERS_BACKGROUND);
  const worst = Math.min(onButton, asLink);
  if (worst >= AA_NORMAL_TEXT) return null;
  return (
    `This colour is too light for buttons and links: white text on it has a contrast of ${formatRatio(onButton)} and links in it ` +
    `${formatRatio(asLink)} on the careers page, and WCAG AA needs at least 4.5:1. Choose a darker shade.`
  );
}
