import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { db, type Executor } from "../client";
import { applicationEvents, applications, users } from "../schema";

/** The application's reveal events, or its offer decisions from before the approval chain, newest first, with who recorded them. */
export async function listReviewEvents(applicationId: string, type: "identity_revealed" | "decision_recorded") {
  return db()
    .select({ id: applicationEvents.id, actorName: users.name, data: applicationEvents.data, createdAt: applicationEvents.createdAt })
    .from(applicationEvents)
    .leftJoin(users, eq(users.id, applicationEvents.actorUserId))
    .where(and(eq(applicationEvents.applicationId, applicationId), eq(applicationEvents.type, type)))
    .orderBy(desc(applicationEvents.createdAt), desc(applicationEvents.id));
}

/** Marks the application's identity revealed, with an identity_revealed event by the member; returns the instant. */
export async function markIdentityRevealed(tx: Executor, organizationId: string, applicationId: string, actorUserId: string): Promise<Date> {
  // now() is the transaction's start: the column and the event carry the same instant.
  const [revealed] = await tx
    .update(applications)
    .set({ identityRevealedAt: sql`now()`, updatedAt: sql`now()`, version: sql`${applications.version} + 1` })
    .where(and(eq(applications.id, applicationId), eq(applications.organizationId, organizationId)))
    .returning({ revealedAt: applications.identityRevealedAt });
  await tx.insert(applicationEvents).values({ organizationId, applicationId, type: "identity_revealed", actorUserId });
  const revealedAt = revealed?.revealedAt;
  if (!revealedAt) throw new Error("reveal updated no row");
  return revealedAt;
}
