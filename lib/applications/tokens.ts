import { createHash, randomBytes } from "node:crypto";

/** A private status link token: 256 random bits. Only its hash is stored, so a database leak reveals no links. */
export function newStatusToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashStatusToken(token) };
}

export function hashStatusToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
