// Writing XML text by hand, for the feeds (RSS, Indeed): escaping for elements and attributes, and CDATA
// sections for the feeds whose readers expect them.

// Characters XML 1.0 forbids outright (most C0 controls, lone surrogates, U+FFFE/FFFF): escaping cannot
// make them legal, so they are dropped rather than break the whole feed for every reader.
const illegalXmlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text that XML 1.0 can carry at all. */
export function legalXmlText(value: string): string {
  return value.replace(illegalXmlCharacters, "");
}

/** Text for an element or a quoted attribute. */
export function escapeXml(value: string): string {
  return legalXmlText(value)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/**
 * Text as a CDATA section, which readers take literally (no entities to decode). A section ends at the
 * first "]]>", so one inside the text is split across two sections: "]]" ends the first, ">" opens the next.
 */
export function cdata(value: string): string {
  return `<![CDATA[${legalXmlText(value).replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
}
