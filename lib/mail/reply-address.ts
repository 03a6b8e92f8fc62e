/** The local part's prefix of every application's reply address: reply+<token>@INBOUND_EMAIL_DOMAIN. */
const PREFIX = "reply+";
const TOKEN = /^[A-Za-z0-9_-]{20,64}$/;

export function replyAddress(token: string, domain: string): string {
  return `${PREFIX}${token}@${domain}`;
}

/**
 * The token of the first address in `addresses` that is one of ours (reply+<token>@domain, any case for
 * the domain and prefix), or null. A token that could not be one we issued is not looked up at all.
 */
export function replyTokenOf(addresses: readonly string[], domain: string): string | null {
  for (const address of addresses) {
    const at = address.lastIndexOf("@");
    if (at < 0 || address.slice(at + 1).toLowerCase() !== domain.toLowerCase()) continue;
    const local = address.slice(0, at);
    if (local.slice(0, PREFIX.length).toLowerCase() !== PREFIX) continue;
    const token = local.slice(PREFIX.length);
    if (TOKEN.test(token)) return token;
  }
  return null;
}
