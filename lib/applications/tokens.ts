import { hashLinkToken, newLinkToken } from "@/lib/auth/link-token";

/** A private status link token (lib/auth/link-token.ts): only its hash is stored. */
export const newStatusToken = newLinkToken;
export const hashStatusToken = hashLinkToken;
