import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import type { IsolatedOrganization } from "@/db/fixtures";
import { auditEvents, emailOutbox } from "@/db/schema";
import type { MemberRole } from "@/lib/enums";
import type { MemberActor } from "@/server/members/invite-member";

/** A member of an isolated organisation as the use cases receive them. */
export function actorOf(org: IsolatedOrganization, role: MemberRole = "admin"): MemberActor {
  const user = org.users[role];
  return { organizationId: org.organization.id, userId: user.id, role, email: user.email, name: user.name, organizationName: org.organization.name };
}

/**
 * The invitation links queued for `to`, oldest first, as tokens. They are queued without an organisation
 * (no member can read them in Outgoing mail), so the organisation's own outbox must hold none of them.
 */
export async function invitationTokensFor(organizationId: string, to: string): Promise<string[]> {
  const inOrganizationMail = await db()
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.organizationId, organizationId), eq(emailOutbox.to, to)));
  if (inOrganizationMail.length > 0) throw new Error("an invitation link is readable in the organisation's outgoing mail");
  const messages = await db()
    .select({ text: emailOutbox.text })
    .from(emailOutbox)
    .where(and(isNull(emailOutbox.organizationId), eq(emailOutbox.to, to)))
    .orderBy(emailOutbox.createdAt);
  return messages.map((message) => /\/invitations\/([A-Za-z0-9_-]+)/.exec(message.text)?.[1] ?? "");
}

/** The organisation's audit log as [action, actor label, target label], oldest first. */
export async function auditTrail(organizationId: string) {
  const rows = await db().select().from(auditEvents).where(eq(auditEvents.organizationId, organizationId)).orderBy(auditEvents.id);
  return rows.map((row) => [row.action, row.actorLabel, row.targetLabel] as const);
}
