import "server-only";
import { eq, sql } from "drizzle-orm";
import type { OfferApproverRole } from "@/lib/enums";
import type { Executor } from "../client";
import { organizations } from "../schema";

/** The organisation's name and offer settings. */
export async function findOfferSettings(executor: Executor, organizationId: string) {
  const [row] = await executor
    .select({ name: organizations.name, settings: organizations.settings })
    .from(organizations)
    .where(eq(organizations.id, organizationId))
    .limit(1);
  return row ?? null;
}

/** Replaces the offer settings, merged in the database so a concurrent change to another setting stays. */
export async function setOfferSettings(executor: Executor, organizationId: string, changes: { offerApprovers: OfferApproverRole[]; offerLetterTemplate: string }) {
  const rows = await executor
    .update(organizations)
    .set({ settings: sql`${organizations.settings} || ${JSON.stringify(changes)}::jsonb` })
    .where(eq(organizations.id, organizationId))
    .returning({ id: organizations.id });
  return rows.length > 0;
}
