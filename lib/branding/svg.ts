import sanitizeHtml from "sanitize-html";

/**
 * Cleans an uploaded SVG logo down to drawing: shapes, paths, text, gradients, clip paths and masks with
 * their presentation attributes. Everything that can run, reach out or embed another document goes:
 * <script>, <style>, <foreignObject>, <image>, <a>, animation (which can rewrite an href), event handlers,
 * and any reference that is not to an element of the same file (href="#id", url(#id)). The logo is also
 * served with a sandboxing policy (app/api/careers/[org]/logo/route.ts); this is the first line.
 */

const elements = [
  "svg", "g", "defs", "title", "desc", "symbol", "use",
  "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
  "text", "tspan", "textPath",
  "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask",
];

const presentation = [
  "id", "class", "transform", "style", "display", "visibility", "opacity", "color", "overflow",
  "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin",
  "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "stroke-opacity", "vector-effect",
  "shape-rendering", "clip-path", "clip-rule", "mask", "paint-order",
  "font-family", "font-size", "font-weight", "font-style", "text-anchor", "dominant-baseline",
  "letter-spacing", "word-spacing", "xml:space", "role", "aria-label", "aria-hidden",
];

const geometry = [
  "d", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr", "dx", "dy",
  "width", "height", "points", "pathLength", "viewBox", "preserveAspectRatio", "version",
  "offset", "stop-color", "stop-opacity", "gradientUnits", "gradientTransform", "spreadMethod",
  "patternUnits", "patternContentUnits", "patternTransform", "clipPathUnits", "maskUnits", "maskContentUnits",
  "startOffset", "textLength", "lengthAdjust",
];

/** A CSS value without url() to anything but #id, functions other than colours, escapes or comments. */
const safeStyleValue = /^(?:[#\w\s.,%+-]|(?:rgba?|hsla?)\([\d\s.,%+-]*\)|url\(\s*#[\w.-]+\s*\))*$/i;
const styled = [
  "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit",
  "stroke-dasharray", "stroke-dashoffset", "stroke-opacity", "opacity", "display", "visibility", "color", "clip-path",
  "clip-rule", "mask", "stop-color", "stop-opacity", "font-family", "font-size", "font-weight", "font-style",
  "text-anchor", "dominant-baseline", "letter-spacing", "paint-order", "vector-effect",
];

/** url(...) pointing anywhere but an element of this file, in an attribute value. */
const foreignUrl = /url\s*\(\s*['"]?\s*(?!#)/i;
/** A reference to an element of this file: "#logo-mark". */
const localReference = /^#[\w.-]+$/;

const options: sanitizeHtml.IOptions = {
  allowedTags: elements,
  allowedAttributes: {
    "*": [...presentation, ...geometry],
    svg: ["xmlns", "xmlns:xlink"],
    use: ["href", "xlink:href"],
    textPath: ["href", "xlink:href"],
    linearGradient: ["href", "xlink:href"],
    radialGradient: ["href", "xlink:href"],
    pattern: ["href", "xlink:href"],
  },
  allowedStyles: { "*": Object.fromEntries(styled.map((property) => [property, [safeStyleValue]])) },
  // No scheme is ever allowed: references are checked below and must be "#id".
  allowedSchemes: [],
  allowedSchemesAppliedToAttributes: ["href", "xlink:href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // Case matters in SVG (viewBox, linearGradient), and <path/> is an element, not unclosed HTML.
  parser: { xmlMode: true, decodeEntities: true },
  selfClosing: [],
  transformTags: {
    "*": (tagName, attribs) => {
      const kept: sanitizeHtml.Attributes = {};
      for (const [name, value] of Object.entries(attribs)) {
        if ((name === "href" || name === "xlink:href") && !localReference.test(value.trim())) continue;
        if (name !== "style" && foreignUrl.test(value)) continue;
        if (/\\|\/\*/.test(value) && name === "style") continue;
        kept[name] = value;
      }
      // A browser draws an SVG image only in the SVG namespace; xlink:href below needs its own.
      if (tagName === "svg") Object.assign(kept, { xmlns: "http://www.w3.org/2000/svg", "xmlns:xlink": "http://www.w3.org/1999/xlink" });
      return { tagName, attribs: kept };
    },
  },
};

// An SVG document: optional BOM, XML declaration, comments and doctype, then the <svg> root element.
const SVG_DOCUMENT = /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE\s+svg[^>[]*(?:\[[\s\S]*?\])?\s*>\s*)?(?:<!--[\s\S]*?-->\s*)*<svg[\s>]/;

/** Whether the text is an SVG document: its root element is <svg> (an HTML page holding one is not). */
export function isSvgDocument(text: string): boolean {
  return SVG_DOCUMENT.test(text);
}

/**
 * The SVG without anything active or external, or null when it is not an SVG document (see
 * isSvgDocument) or nothing drawable is left.
 */
export function sanitizeSvg(svg: string): string | null {
  if (!isSvgDocument(svg)) return null;
  const clean = sanitizeHtml(svg, options).trim();
  return /^<svg[\s>]/.test(clean) && clean.endsWith("</svg>") ? clean : null;
}
