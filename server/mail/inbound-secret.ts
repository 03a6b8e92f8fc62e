import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

const digest = (value: string) => createHash("sha256").update(value).digest();

/**
 * Whether the request carries INBOUND_EMAIL_SECRET as "Authorization: Bearer <secret>". Compared in
 * constant time (over digests, so the length leaks nothing either). Unset: nothing is accepted.
 */
export function hasInboundSecret(headers: Headers): boolean {
  const secret = env().INBOUND_EMAIL_SECRET;
  const given = /^Bearer (.+)$/.exec(headers.get("authorization") ?? "")?.[1];
  if (!secret || !given) return false;
  return timingSafeEqual(digest(given), digest(secret));
}
