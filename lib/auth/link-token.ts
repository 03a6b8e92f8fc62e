import { createHash, randomBytes } from "node:crypto";

/**
 * A token for a link that is itself a credential (an invitation, a password reset, a candidate's status
 * page): 256 random bits. Only its SHA-256 hash is stored, so a copy of the database opens no link.
 */
export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
