import { randomBytes } from "node:crypto";
import { hashLinkToken } from "@/lib/auth/link-token";

// An API key reads `candor_<prefix>_<secret>`: the prefix (public, 12 hex digits) finds the key's row,
// the secret (256 random bits) proves it. Only the secret's SHA-256 is stored: a slow hash guards
// guessable passwords, and nothing about 256 random bits is guessable.

const KEY_PATTERN = /^candor_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export function newApiKey(): { key: string; prefix: string; secretHash: string } {
  const prefix = randomBytes(6).toString("hex");
  const secret = randomBytes(32).toString("base64url");
  return { key: `candor_${prefix}_${secret}`, prefix, secretHash: hashLinkToken(secret) };
}

/** The parts of a key as sent, or null when it cannot be one of ours (no database lookup needed). */
export function parseApiKey(key: string): { prefix: string; secretHash: string } | null {
  const match = KEY_PATTERN.exec(key);
  return match ? { prefix: match[1]!, secretHash: hashLinkToken(match[2]!) } : null;
}

/** The key from an `Authorization: Bearer …` header, or null. */
export function bearerToken(authorization: string | null): string | null {
  const match = /^Bearer[ ]+(\S{1,200})[ ]*$/i.exec(authorization ?? "");
  return match ? match[1]! : null;
}

/** How a key is shown after creation: its public part only. */
export const maskedApiKey = (prefix: string) => `candor_${prefix}_…`;

