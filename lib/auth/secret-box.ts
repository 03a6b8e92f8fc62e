import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * Secrets Candor must give back to a third party later (an identity provider's client secret), kept in
 * the database sealed with AES-256-GCM under a key derived from AUTH_SECRET. A database dump alone
 * does not reveal them, and a changed or tampered value is refused rather than used.
 */

const FORMAT = "v1";

export class SecretBoxError extends Error {
  override name = "SecretBoxError";
}

/** One key per purpose, so a value sealed for one use cannot be opened as another. */
function keyFor(authSecret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret, "candor secret box", purpose, 32));
}

/** "v1.<iv>.<tag>.<ciphertext>", base64url: safe to store as text. */
export function sealSecret(plaintext: string, authSecret: string, purpose: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(authSecret, purpose), iv);
  cipher.setAAD(Buffer.from(purpose));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [FORMAT, iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

/** The plaintext, or a SecretBoxError when the value was sealed with another AUTH_SECRET or changed. */
export function openSecret(sealed: string, authSecret: string, purpose: string): string {
  const [format, iv, tag, ciphertext, ...rest] = sealed.split(".");
  if (format !== FORMAT || !iv || !tag || ciphertext === undefined || rest.length > 0) throw new SecretBoxError("not a sealed secret");
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFor(authSecret, purpose), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(purpose));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretBoxError("the secret cannot be opened with this AUTH_SECRET");
  }
}
