import "server-only";
import { eq, sql } from "drizzle-orm";
import type { OrganizationSettings } from "@/lib/enums";
import type { Executor } from "../client";
import { organizations } from "../schema";
import { logoSha256Column } from "./organization-profile";

/**
 * The organisation's name and settings (rejection reasons and email among them), with its slug and
 * logo version for branded email, or null if it is gone.
 */
export async function findOrganizationSettings(
  executor: Executor,
  organizationId: string,
): Promise<{ name: string; slug: string; logoSha256: string | null; settings: OrganizationSettings } | null> {
  const [org] = await executor
    .select({
      name: organizations.name,
      slug: organizations.slug,
      logoSha256: logoSha256Column,
      settings: organizations.settings,
    })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  return org ?? null;
}

/**
 * Replaces the rejection reasons and email template, leaving the other settings as they are. One
 * statement, merged in the database, so a concurrent change to another setting is never lost.
 * False when the organisation is gone.
 */
export async function setRejectionSettings(
  executor: Executor,
  organizationId: string,
  changes: Required<Pick<OrganizationSettings, "rejectionReasons" | "rejectionEmailTemplate">>,
): Promise<boolean> {
  const rows = await executor
    .update(organizations)
    .set({ settings: sql`${organizations.settings} || ${JSON.stringify(changes)}::jsonb` })
    .where(eq(organizations.id, organizationId))
    .returning({ id: organizations.id });
  return rows.length > 0;
}
