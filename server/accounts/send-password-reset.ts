import "server-only";
import { db } from "@/db/client";
import { enqueueEmail } from "@/db/queries/outbox";
import { findUserByEmail } from "@/db/queries/users";
import { passwordResetEmail } from "@/lib/accounts/emails";
import { env } from "@/lib/env";
import { recordAccountAudit, type AuditOrigin } from "@/server/audit/record-audit";
import { newResetLink, RESET_LINK_VALID_MINUTES, storeResetLink } from "./reset-links";

/** What the forgot-password page queued: the address typed, and where the request came from (for the audit log). */
export type PasswordResetRequest = { email: string } & AuditOrigin;

/**
 * The background half of "forgot password" (the `accounts.password-reset` task): emails a one-hour,
 * one-time link when the address belongs to an account that may sign in, and does nothing otherwise.
 * Done here, not while the request waits, so the request takes the same steps and time for every
 * address. The email is queued without an organisation, so no admin reads the link in the
 * organisation's outgoing mail. A run repeated after a crash (the same job) sends nothing more.
 */
export async function sendPasswordResetLink(request: PasswordResetRequest, jobId: string): Promise<void> {
  const user = await findUserByEmail(request.email);
  if (!user || user.disabledAt) return;
  const link = newResetLink(env().APP_URL);
  await db().transaction(async (tx) => {
    const message = passwordResetEmail({ name: user.name, url: link.url, validMinutes: RESET_LINK_VALID_MINUTES });
    const queued = await enqueueEmail(tx, { organizationId: null, to: user.email, dedupeKey: `password-reset:${jobId}`, ...message });
    if (!queued) return;
    await storeResetLink(tx, user.id, link);
    const origin = { ip: request.ip, userAgent: request.userAgent };
    await recordAccountAudit(tx, { userId: user.id, email: user.email }, "password.reset_requested", { via: "email" }, { label: request.email }, origin);
  });
}
