import "server-only";
import { randomBytes } from "node:crypto";
import type { Executor } from "@/db/client";
import { ensureReplyTokens } from "@/db/queries/candidate-mail";
import { env } from "@/lib/env";
import { replyAddress } from "@/lib/mail/reply-address";

const newReplyToken = () => randomBytes(24).toString("base64url");

/**
 * The Reply-To of a message to a candidate about each of these applications: the application's own
 * `reply+{token}@INBOUND_EMAIL_DOMAIN`, made the first time it is needed (in the caller's transaction, so
 * it exists exactly when the message does). Empty without INBOUND_EMAIL_DOMAIN: replies then go to MAIL_FROM.
 */
export async function candidateReplyAddresses(executor: Executor, organizationId: string, applicationIds: readonly string[]): Promise<Map<string, string>> {
  const domain = env().INBOUND_EMAIL_DOMAIN;
  if (!domain || applicationIds.length === 0) return new Map();
  const proposed = [...new Set(applicationIds)].map((applicationId) => ({ applicationId, token: newReplyToken() }));
  const tokens = await ensureReplyTokens(executor, organizationId, proposed);
  return new Map([...tokens].map(([applicationId, token]) => [applicationId, replyAddress(token, domain)]));
}

/**
 * The reply address of an application not stored yet, for its receipt: the token, which the statement
 * storing the application stores with it (insertSubmission: the application is written in one statement,
 * so there is no row yet for candidateReplyAddresses to give an address to), and the Reply-To it makes.
 * Null without INBOUND_EMAIL_DOMAIN, as above.
 */
export function newApplicationReplyAddress(): { token: string; address: string } | null {
  const domain = env().INBOUND_EMAIL_DOMAIN;
  if (!domain) return null;
  const token = newReplyToken();
  return { token, address: replyAddress(token, domain) };
}

/** candidateReplyAddresses for one application: the address, or undefined. */
export async function candidateReplyAddress(executor: Executor, organizationId: string, applicationId: string): Promise<string | undefined> {
  return (await candidateReplyAddresses(executor, organizationId, [applicationId])).get(applicationId);
}
