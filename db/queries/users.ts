import "server-only";
import { eq, sql } from "drizzle-orm";
import { db, type Executor } from "../client";
import { users } from "../schema";

// Users are global (one person can belong to several organisations), so this is not org-scoped.
export async function findUserByEmail(email: string, executor: Executor = db()) {
  const [user] = await executor
    .select({ id: users.id, email: users.email, name: users.name, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`)
    .limit(1);
  return user ?? null;
}

/**
 * Creates a user without a password (they sign in through SSO), or returns the one that already has this
 * address in any case: two first sign-ins at once end with one user.
 */
export async function createPasswordlessUser(executor: Executor, values: { email: string; name: string }): Promise<string> {
  const [created] = await executor.insert(users).values(values).onConflictDoNothing().returning({ id: users.id });
  if (created) return created.id;
  const existing = await findUserByEmail(values.email, executor);
  if (!existing) throw new Error("user neither created nor found");
  return existing.id;
}

/** Throws the unique violation (23505) when an account with this address (any case) exists. */
export async function insertUser(tx: Executor, user: { email: string; name: string; passwordHash: string | null }) {
  const [row] = await tx.insert(users).values(user).returning({ id: users.id, email: users.email, name: users.name });
  return row!;
}

/** `candor user disable`: the person can no longer sign in to any organisation. */
export async function disableUser(tx: Executor, userId: string) {
  await tx.update(users).set({ disabledAt: sql`coalesce(${users.disabledAt}, now())` }).where(eq(users.id, userId));
}

export async function findUserById(executor: Executor, userId: string) {
  const [user] = await executor
    .select({ id: users.id, email: users.email, name: users.name, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, userId));
  return user ?? null;
}

export async function setPasswordHash(executor: Executor, userId: string, passwordHash: string): Promise<void> {
  await executor.update(users).set({ passwordHash }).where(eq(users.id, userId));
}

/** The zone the person reads dates and times in; null follows their organisation's. Their own row only: the caller passes the signed-in user's id. */
export async function setUserTimeZone(executor: Executor, userId: string, timeZone: string | null) {
  await executor.update(users).set({ timeZone }).where(eq(users.id, userId));
}
