import "server-only";
import { sql } from "drizzle-orm";
import { db } from "../client";
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
