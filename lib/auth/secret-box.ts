import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { ConfigError, env } from "@/lib/env";

/**
 * Keys for Candor's own secrets, each derived from AUTH_SECRET with HKDF-SHA256 and a purpose label, so
 * one key never serves two purposes and nothing new needs configuring. Changing AUTH_SECRET makes what
 * was sealed with the old one unreadable (README: Two-factor authentication).
 */
export type KeyPurpose = "totp-secret" | "sign-in-challenge" | "sso-client-secret" | "webhook-secret";

const keys = new Map<string, Buffer>();

function derivedKey(purpose: KeyPurpose): Buffer {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new ConfigError("AUTH_SECRET is needed to protect two-factor secrets, sign-in challenges, SSO client secrets and webhook signing secrets");
  const cacheKey = `${purpose}\u0000${secret}`;
  let key = keys.get(cacheKey);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", secret, "candor", `candor:${purpose}:v1`, 32));
    keys.set(cacheKey, key);
  }
  return key;
}

const VERSION = "v1";

/** Encrypts with AES-256-GCM (random 96-bit IV, 128-bit tag): "v1.<base64url of iv | tag | ciphertext>". */
export function seal(plaintext: string, purpose: KeyPurpose): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", derivedKey(purpose), iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString("base64url")}`;
}

/** The plaintext, or null when the value was not sealed for this purpose with the current AUTH_SECRET. */
export function unseal(sealed: string, purpose: KeyPurpose): string | null {
  const [version, body] = sealed.split(".");
  if (version !== VERSION || !body) return null;
  const bytes = Buffer.from(body, "base64url");
  if (bytes.length < 29) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", derivedKey(purpose), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

/** "<base64url payload>.<base64url HMAC-SHA256>": readable by anyone, forgeable by no one without AUTH_SECRET. */
export function sign(payload: string, purpose: KeyPurpose): string {
  const body = Buffer.from(payload, "utf8").toString("base64url");
  return `${body}.${createHmac("sha256", derivedKey(purpose)).update(body).digest("base64url")}`;
}

/** The payload of a value made by `sign` for this purpose, or null when it was altered or forged. */
export function verifySigned(value: string, purpose: KeyPurpose): string | null {
  const [body, mac] = value.split(".");
  if (!body || !mac) return null;
  const expected = createHmac("sha256", derivedKey(purpose)).update(body).digest();
  const given = Buffer.from(mac, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return Buffer.from(body, "base64url").toString("utf8");
}
