import "server-only";
import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { MemberRole } from "@/lib/enums";
import { db, type Executor } from "../client";
import { invitations, organizations, users } from "../schema";

/** An invitation is open until it is accepted or revoked (an expired one is open, and can be sent again). */
const open = and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt));
const expiry = (days: number) => sql`now() + make_interval(days => ${days})`;

export async function insertInvitation(
  tx: Executor,
  invitation: { organizationId: string; email: string; role: MemberRole; tokenHash: string; invitedByUserId: string | null; validDays: number },
) {
  const { validDays, ...values } = invitation;
  const [row] = await tx
    .insert(invitations)
    .values({ ...values, expiresAt: expiry(validDays) })
    .returning({ id: invitations.id, expiresAt: invitations.expiresAt });
  return row!;
}

/** The open invitation for this address (any case) in the organisation, expired or not, or null. */
export async function findOpenInvitationByEmail(executor: Executor, organizationId: string, email: string) {
  const [row] = await executor
    .select({ id: invitations.id, expiresAt: invitations.expiresAt })
    .from(invitations)
    .where(and(eq(invitations.organizationId, organizationId), sql`lower(${invitations.email}) = lower(${email})`, open));
  return row ?? null;
}

const inviter = alias(users, "inviter");

/** The open invitations of an organisation, oldest first, with who sent each. */
export async function listOpenInvitations(organizationId: string) {
  return db()
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      expired: sql<boolean>`${invitations.expiresAt} <= now()`,
      createdAt: invitations.createdAt,
      invitedByName: inviter.name,
    })
    .from(invitations)
    .leftJoin(inviter, eq(inviter.id, invitations.invitedByUserId))
    .where(and(eq(invitations.organizationId, organizationId), open))
    .orderBy(asc(invitations.createdAt));
}

/** Gives an open invitation a new token and a new expiry (a resend); the old link stops working. */
export async function replaceInvitationToken(tx: Executor, organizationId: string, invitationId: string, tokenHash: string, validDays: number) {
  const [row] = await tx
    .update(invitations)
    .set({ tokenHash, expiresAt: expiry(validDays) })
    .where(and(eq(invitations.id, invitationId), eq(invitations.organizationId, organizationId), open))
    .returning({ id: invitations.id, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt });
  return row ?? null;
}

export async function revokeInvitation(tx: Executor, organizationId: string, invitationId: string) {
  const [row] = await tx
    .update(invitations)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(invitations.id, invitationId), eq(invitations.organizationId, organizationId), open))
    .returning({ id: invitations.id, email: invitations.email, role: invitations.role });
  return row ?? null;
}

/** The invitation a link's token opens, whatever its state, with its organisation; null for an unknown token. */
export async function findInvitationByTokenHash(executor: Executor, tokenHash: string) {
  const [row] = await executor
    .select({
      id: invitations.id,
      organizationId: invitations.organizationId,
      organizationName: organizations.name,
      organizationSlug: organizations.slug,
      email: invitations.email,
      role: invitations.role,
      expired: sql<boolean>`${invitations.expiresAt} <= now()`,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
      invitedByName: inviter.name,
    })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .leftJoin(inviter, eq(inviter.id, invitations.invitedByUserId))
    .where(eq(invitations.tokenHash, tokenHash));
  return row ?? null;
}

/**
 * Uses the invitation up: one guarded UPDATE, so of two clicks at once only one succeeds, and an expired,
 * revoked or already used invitation changes nothing. Returns it, or null when it could not be used.
 */
export async function consumeInvitation(tx: Executor, tokenHash: string, userId: string) {
  const [row] = await tx
    .update(invitations)
    .set({ acceptedAt: sql`now()`, acceptedByUserId: userId })
    .where(and(eq(invitations.tokenHash, tokenHash), open, gt(invitations.expiresAt, sql`now()`)))
    .returning({ id: invitations.id, organizationId: invitations.organizationId, email: invitations.email, role: invitations.role });
  return row ?? null;
}

/**
 * Uses up the open, unexpired invitation of this address (any case) to the organisation, for a first
 * sign-in through the organisation's identity provider: one guarded UPDATE. Returns it, or null.
 */
export async function consumeInvitationByEmail(tx: Executor, organizationId: string, email: string, userId: string) {
  const [row] = await tx
    .update(invitations)
    .set({ acceptedAt: sql`now()`, acceptedByUserId: userId })
    .where(and(eq(invitations.organizationId, organizationId), sql`lower(${invitations.email}) = lower(${email})`, open, gt(invitations.expiresAt, sql`now()`)))
    .returning({ id: invitations.id, role: invitations.role });
  return row ?? null;
}

/** The role of the open, unexpired invitation of this address (any case) to the organisation, or null. */
export async function findUsableInvitationRole(executor: Executor, organizationId: string, email: string) {
  const [row] = await executor
    .select({ role: invitations.role })
    .from(invitations)
    .where(and(eq(invitations.organizationId, organizationId), sql`lower(${invitations.email}) = lower(${email})`, open, gt(invitations.expiresAt, sql`now()`)));
  return row?.role ?? null;
}
