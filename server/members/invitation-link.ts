import "server-only";
import { env } from "@/lib/env";

/** How long an invitation link works. */
export const INVITATION_VALID_DAYS = 7;

/** The accept page for an invitation token, at this Candor's public address. */
export function invitationUrl(token: string): string {
  return `${env().APP_URL}/invitations/${token}`;
}
