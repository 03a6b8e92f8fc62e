/** Where a signed-in member lands when no (acceptable) destination was asked for. */
export const DEFAULT_AFTER_SIGN_IN = "/jobs";

// Browsers drop tabs and newlines from URLs and read a backslash as a slash, so "/\t/evil" and "/\evil"
// become "//evil": a link to another site. Anything holding them, raw or percent-encoded, is refused
// rather than cleaned, as is every other control character.
const SUSPICIOUS = /[\u0000-\u001f\u007f\\]/;
const MAX_DECODING_ROUNDS = 3;

/**
 * The path to send a member to after signing in, decided by parsing `value` as a URL against this
 * Candor's own origin (APP_URL): only an address on that origin is followed, and only its path, query
 * and fragment are kept, so the redirect can never name another host whatever the parser made of it.
 * Everything else gives DEFAULT_AFTER_SIGN_IN.
 */
export function safeCallbackPath(value: unknown, appUrl: string): string {
  if (typeof value !== "string" || value === "" || value.length > 2048) return DEFAULT_AFTER_SIGN_IN;
  const appOrigin = new URL(appUrl).origin;
  if (!value.startsWith("/") && !value.startsWith(appOrigin + "/")) return DEFAULT_AFTER_SIGN_IN;
  if (hasSuspiciousForm(value)) return DEFAULT_AFTER_SIGN_IN;
  let url: URL;
  try {
    url = new URL(value, appOrigin);
  } catch {
    return DEFAULT_AFTER_SIGN_IN;
  }
  if (url.origin !== appOrigin || url.username !== "" || url.password !== "") {
    return DEFAULT_AFTER_SIGN_IN;
  }
  const path = url.pathname + url.search + url.hash;
  // "/.//evil.example" resolves to the path "//evil.example", which a browser reads as another host.
  if (!path.startsWith("/") || path.startsWith("//") || hasSuspiciousForm(path)) return DEFAULT_AFTER_SIGN_IN;
  return path;
}

/** Raw, or after up to three rounds of percent-decoding: a control character, a backslash, or a path starting "//". */
function hasSuspiciousForm(value: string): boolean {
  let current = value;
  for (let round = 0; round <= MAX_DECODING_ROUNDS; round += 1) {
    if (SUSPICIOUS.test(current) || current.startsWith("//")) return true;
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      return true;
    }
    if (decoded === current) return false;
    current = decoded;
  }
  return true;
}
