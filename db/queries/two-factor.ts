import "server-only";
import { and, count, eq, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import { db, type Executor } from "../client";
import { memberships, organizations, twoFactorRecoveryCodes, userTwoFactor } from "../schema";

// Two-factor settings belong to a user, not an organisation: they protect every organisation the user is in.

export async function findTwoFactor(executor: Executor, userId: string) {
  const [row] = await executor
    .select({
      secretCiphertext: userTwoFactor.secretCiphertext,
      confirmedAt: userTwoFactor.confirmedAt,
      lastUsedStep: userTwoFactor.lastUsedStep,
      createdAt: userTwoFactor.createdAt,
    })
    .from(userTwoFactor)
    .where(eq(userTwoFactor.userId, userId));
  return row ?? null;
}

/** Whether the user has a confirmed authenticator: then signing in asks for a code. */
export async function hasTwoFactor(userId: string): Promise<boolean> {
  const row = await findTwoFactor(db(), userId);
  return Boolean(row?.confirmedAt);
}

/**
 * Starts (or restarts) enrolment with a new secret. A confirmed authenticator is never replaced this
 * way: false then, and nothing changes.
 */
export async function savePendingTwoFactor(executor: Executor, userId: string, secretCiphertext: string): Promise<boolean> {
  const rows = await executor
    .insert(userTwoFactor)
    .values({ userId, secretCiphertext })
    .onConflictDoUpdate({
      target: userTwoFactor.userId,
      set: { secretCiphertext, lastUsedStep: null, createdAt: sql`now()` },
      setWhere: isNull(userTwoFactor.confirmedAt),
    })
    .returning({ userId: userTwoFactor.userId });
  return rows.length > 0;
}

/** Marks enrolment confirmed with the code of `step`. False when it was confirmed already (a double submit). */
export async function confirmTwoFactor(executor: Executor, userId: string, step: number): Promise<boolean> {
  const rows = await executor
    .update(userTwoFactor)
    .set({ confirmedAt: sql`now()`, lastUsedStep: step })
    .where(and(eq(userTwoFactor.userId, userId), isNull(userTwoFactor.confirmedAt)))
    .returning({ userId: userTwoFactor.userId });
  return rows.length > 0;
}

/**
 * Records that the code of `step` was used, unless a code of that step or a later one already was: of
 * two requests with the same code, only one gets true.
 */
export async function claimTotpStep(executor: Executor, userId: string, step: number): Promise<boolean> {
  const rows = await executor
    .update(userTwoFactor)
    .set({ lastUsedStep: step })
    .where(
      and(
        eq(userTwoFactor.userId, userId),
        isNotNull(userTwoFactor.confirmedAt),
        or(isNull(userTwoFactor.lastUsedStep), lt(userTwoFactor.lastUsedStep, step)),
      ),
    )
    .returning({ userId: userTwoFactor.userId });
  return rows.length > 0;
}

/** Replaces every recovery code of the user with these (hashes), in one statement each. */
export async function replaceRecoveryCodes(executor: Executor, userId: string, codeHashes: string[]) {
  await executor.delete(twoFactorRecoveryCodes).where(eq(twoFactorRecoveryCodes.userId, userId));
  await executor.insert(twoFactorRecoveryCodes).values(codeHashes.map((codeHash) => ({ userId, codeHash })));
}

/** Uses one recovery code up; false when it is not the user's or was used before. */
export async function consumeRecoveryCode(executor: Executor, userId: string, codeHash: string): Promise<boolean> {
  const rows = await executor
    .update(twoFactorRecoveryCodes)
    .set({ usedAt: sql`now()` })
    .where(and(eq(twoFactorRecoveryCodes.userId, userId), eq(twoFactorRecoveryCodes.codeHash, codeHash), isNull(twoFactorRecoveryCodes.usedAt)))
    .returning({ userId: twoFactorRecoveryCodes.userId });
  return rows.length > 0;
}

export async function countUnusedRecoveryCodes(userId: string): Promise<number> {
  const [row] = await db()
    .select({ unused: count() })
    .from(twoFactorRecoveryCodes)
    .where(and(eq(twoFactorRecoveryCodes.userId, userId), isNull(twoFactorRecoveryCodes.usedAt)));
  return row?.unused ?? 0;
}

/** Removes the authenticator and its recovery codes. */
export async function deleteTwoFactor(executor: Executor, userId: string): Promise<boolean> {
  await executor.delete(twoFactorRecoveryCodes).where(eq(twoFactorRecoveryCodes.userId, userId));
  const rows = await executor.delete(userTwoFactor).where(eq(userTwoFactor.userId, userId)).returning({ userId: userTwoFactor.userId });
  return rows.length > 0;
}

/** How many of the organisation's active members have two-factor turned on, of how many. */
export async function countMembersWithTwoFactor(organizationId: string) {
  const [row] = await db()
    .select({ members: count(), enrolled: count(userTwoFactor.confirmedAt) })
    .from(memberships)
    .leftJoin(userTwoFactor, eq(userTwoFactor.userId, memberships.userId))
    .where(and(eq(memberships.organizationId, organizationId), isNull(memberships.deactivatedAt)));
  return { members: row?.members ?? 0, enrolled: row?.enrolled ?? 0 };
}

/** The organisation's rule: members without two-factor are sent to set it up first. */
export async function setTwoFactorRequirement(executor: Executor, organizationId: string, requireTwoFactor: boolean): Promise<void> {
  await executor
    .update(organizations)
    .set({ settings: sql`${organizations.settings} || ${JSON.stringify({ requireTwoFactor })}::jsonb` })
    .where(eq(organizations.id, organizationId));
}

export async function isTwoFactorRequired(organizationId: string): Promise<boolean> {
  const [row] = await db().select({ settings: organizations.settings }).from(organizations).where(eq(organizations.id, organizationId));
  return row?.settings.requireTwoFactor === true;
}
