import { escapeHtml } from "@/lib/public-api/board";

/** How a candidate email shows its organisation: name, logo (an absolute URL) and brand colour. */
export type EmailBrand = { name: string; logoUrl: string | null; brandColor: string | null };

const FALLBACK_COLOR = "#4338ca";
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?)]/g;

/** One paragraph of the plain text as HTML: escaped, line breaks kept, addresses as links in the brand colour. */
function paragraph(text: string, color: string): string {
  let html = "";
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    html += escapeHtml(text.slice(last, match.index));
    const url = escapeHtml(match[0]);
    html += `<a href="${url}" style="color:${color};text-decoration:underline">${url}</a>`;
    last = match.index + match[0].length;
  }
  html += escapeHtml(text.slice(last));
  return `<p style="margin:0 0 16px">${html.replace(/\n/g, "<br>")}</p>`;
}

/**
 * The HTML part of an email to a candidate, from its plain text (which stays the text part, word for
 * word): the organisation's logo and name on top, its brand colour on links. Inline styles and a table
 * layout, as email clients need; every piece of text is escaped. The brand colour passed the contrast
 * check when saved, and is only ever "#rrggbb".
 */
export function brandedEmailHtml(text: string, brand: EmailBrand): string {
  const color = brand.brandColor && /^#[0-9a-f]{6}$/i.test(brand.brandColor) ? brand.brandColor : FALLBACK_COLOR;
  const name = escapeHtml(brand.name);
  const logo = brand.logoUrl ? `<img src="${escapeHtml(brand.logoUrl)}" alt="" height="40" style="height:40px;width:auto;vertical-align:middle;margin-right:12px;border:0">` : "";
  const body = text
    .trim()
    .split(/\n{2,}/)
    .map((part) => paragraph(part, color))
    .join("");
  return [
    `<!doctype html><html><body style="margin:0;padding:0;background:#f8fafc">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f8fafc"><tr><td align="center" style="padding:24px 12px">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border:1px solid #e2e8f0;border-top:4px solid ${color}">`,
    `<tr><td style="padding:20px 24px;border-bottom:1px solid #e2e8f0;font:600 18px/1.3 Arial,Helvetica,sans-serif;color:#0f172a">${logo}${name}</td></tr>`,
    `<tr><td style="padding:24px;font:15px/1.5 Arial,Helvetica,sans-serif;color:#1e293b">${body}</td></tr>`,
    `</table></td></tr></table></body></html>`,
  ].join("");
}
