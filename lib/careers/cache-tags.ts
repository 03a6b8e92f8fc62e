/** The cache tag for everything public about an organisation: careers pages and public job APIs. */
export function careersTag(orgSlug: string): string {
  return `careers:${orgSlug}`;
}
