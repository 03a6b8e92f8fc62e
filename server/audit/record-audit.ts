import "server-only";
import { headers } from "next/headers";
import type { Executor } from "@/db/client";
import { insertAuditEvents } from "@/db/queries/audit";
import { listActiveOrganizationIds } from "@/db/queries/memberships";
import type { AuditAction } from "@/lib/enums";
import { clientIp } from "@/server/http/client-ip";

/** Who did it: a member (their user id and email), the candidate themselves, the CLI, or Candor itself. */
export type AuditActor = { userId: string; label: string } | { userId?: undefined; label: "candidate" | "cli" | "system" | string };

/** Where the request came from; read from the current request when not given (CLI and jobs have none). */
export type AuditOrigin = { ip: string | null; userAgent: string | null };

export type AuditRecord = {
  /** One entry per organisation; null for an event that belongs to none (a failed sign-in for an unknown address). */
  organizationIds: (string | null)[];
  actor: AuditActor;
  action: AuditAction;
  /**
   * What was acted on: a type, an id, and a label fit to show an admin. Never a candidate's name or email
   * (erasure must leave nothing personal here): use the candidate's id and "Candidate" instead.
   */
  target?: { type: string; id: string; label?: string };
  details?: Record<string, string | number | boolean | null>;
  origin?: AuditOrigin;
};

/** Who and where for an entry about what a member did in their own organisation: `recordAudit(tx, { ...byMember(m), ... })`. */
export function byMember(member: { organizationId: string; userId: string; email: string }): Pick<AuditRecord, "organizationIds" | "actor"> {
  return { organizationIds: [member.organizationId], actor: { userId: member.userId, label: member.email } };
}

/** The current request's client address and user agent, or nulls outside a request (CLI, background jobs). */
export async function requestOrigin(): Promise<AuditOrigin> {
  try {
    const requestHeaders = await headers();
    return { ip: clientIp(requestHeaders), userAgent: requestHeaders.get("user-agent")?.slice(0, 512) ?? null };
  } catch {
    return { ip: null, userAgent: null };
  }
}

/**
 * Appends to the audit log. Call it with the use case's transaction, so the entry exists exactly when the
 * change does.
 */
export async function recordAudit(executor: Executor, record: AuditRecord): Promise<void> {
  const origin = record.origin ?? (await requestOrigin());
  await insertAuditEvents(
    executor,
    record.organizationIds.map((organizationId) => ({
      organizationId,
      actorUserId: record.actor.userId ?? null,
      actorLabel: record.actor.label,
      action: record.action,
      targetType: record.target?.type ?? null,
      targetId: record.target?.id ?? null,
      targetLabel: record.target?.label ?? null,
      ip: origin.ip,
      userAgent: origin.userAgent,
      details: record.details ?? {},
    })),
  );
}

/** The organisations whose audit log an event about this person belongs in; none (kept for the operator) when they have none. */
export async function organizationsOf(executor: Executor, userId: string): Promise<(string | null)[]> {
  const organizationIds = await listActiveOrganizationIds(executor, userId);
  return organizationIds.length > 0 ? organizationIds : [null];
}

/**
 * An event about a person's own account (password, sessions, two-factor), in the log of every
 * organisation they are active in, with them as the target and, unless `actor` says otherwise, the actor.
 */
export async function recordAccountAudit(
  executor: Executor,
  user: { userId: string; email: string },
  action: AuditAction,
  details: AuditRecord["details"] = {},
  actor: AuditActor = { userId: user.userId, label: user.email },
  origin?: AuditOrigin,
): Promise<void> {
  await recordAudit(executor, {
    organizationIds: await organizationsOf(executor, user.userId),
    actor,
    action,
    target: { type: "user", id: user.userId, label: user.email },
    details,
    origin,
  });
}
