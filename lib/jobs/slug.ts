/** Addresses stay short enough to read and share: under 60 characters. */
export const MAX_SLUG_LENGTH = 59;

/**
 * A posting's address from its title: "Senior Engineer (Rust)" → "senior-engineer-rust". Web addresses in
 * the title are left out, and a long title is cut at a word boundary.
 */
export function slugify(title: string): string {
  const slug = title
    .replace(/\b(?:https?:\/\/|www\.)\S*/gi, " ")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > 20 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, "");
}
