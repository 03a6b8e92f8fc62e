/** Next's cache tag for every stored page and feed that shows an organisation's public data. */
export function careersTag(orgSlug: string): string {
  return `careers:${orgSlug}`;
}

/** Carried by every stored public page, so all of them can be expired at once. */
export const PUBLIC_TAG = "careers:*";
