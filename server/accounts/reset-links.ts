import "server-only";
import type { Executor } from "@/db/client";
import { insertPasswordResetToken } from "@/db/queries/password-reset-tokens";
import { hashLinkToken, newLinkToken } from "@/lib/auth/link-token";

export const RESET_LINK_VALID_MINUTES = 60;

/** The SHA-256 under which a reset link's token is stored (the same as every link that is a credential). */
export const hashResetToken = hashLinkToken;

/** A new link: 32 random bytes in the URL; store it with storeResetLink (only their SHA-256 is kept). */
export function newResetLink(appUrl: string): { url: string; tokenHash: string } {
  const { token, hash } = newLinkToken();
  return { url: `${appUrl}/reset-password/${token}`, tokenHash: hash };
}

/** Makes the link work for this user, for RESET_LINK_VALID_MINUTES from now. */
export async function storeResetLink(tx: Executor, userId: string, link: { tokenHash: string }): Promise<{ expiresAt: Date }> {
  return insertPasswordResetToken(tx, { userId, tokenHash: link.tokenHash, validMinutes: RESET_LINK_VALID_MINUTES });
}
