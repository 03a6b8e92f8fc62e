import "server-only";
import { sql } from "drizzle-orm";
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
