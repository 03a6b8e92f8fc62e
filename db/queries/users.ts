import "server-only";
import { eq, sql } from "drizzle-orm";
import { db, type Executor } from "../client";
import { users } from "../schema";

// Users are global (one person can belong to several organisations), so this is not org-scoped.
export async function findUserByEmail(email: string) {
  const [user] = await db()
    .select({ id: users.id, email: users.email, name: users.name, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`)
    .limit(1);
  return user ?? null;
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
