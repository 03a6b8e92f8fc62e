import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db, type Executor } from "../client";
import { organizationSso, organizations } from "../schema";

const ssoColumns = {
  organizationId: organizationSso.organizationId,
  organizationSlug: organizations.slug,
  organizationName: organizations.name,
  enabled: organizationSso.enabled,
  issuer: organizationSso.issuer,
  clientId: organizationSso.clientId,
  clientSecretSealed: organizationSso.clientSecretSealed,
  allowedDomain: organizationSso.allowedDomain,
  updatedAt: organizationSso.updatedAt,
};

export type SsoConfiguration = {
  organizationId: string;
  organizationSlug: string;
  organizationName: string;
  enabled: boolean;
  issuer: string;
  clientId: string;
  clientSecretSealed: string;
  allowedDomain: string | null;
  updatedAt: Date;
};

/** The organisation's SSO configuration, enabled or not, or null when it never had one. */
export async function getSsoConfiguration(executor: Executor, organizationId: string): Promise<SsoConfiguration | null> {
  const [row] = await executor
    .select(ssoColumns)
    .from(organizationSso)
    .innerJoin(organizations, eq(organizations.id, organizationSso.organizationId))
    .where(eq(organizationSso.organizationId, organizationId))
    .limit(1);
  return row ?? null;
}

/**
 * The organisation whose switched-on SSO serves this email domain or this slug (sign-in is not scoped to
 * an organisation yet: it is what this finds). Domains are stored lower-case; slugs are lower-case.
 */
export async function findEnabledSso(by: { domain: string } | { slug: string }): Promise<SsoConfiguration | null> {
  const [row] = await db()
    .select(ssoColumns)
    .from(organizationSso)
    .innerJoin(organizations, eq(organizations.id, organizationSso.organizationId))
    .where(
      and(
        eq(organizationSso.enabled, true),
        "domain" in by ? sql`lower(${organizationSso.allowedDomain}) = lower(${by.domain})` : eq(organizations.slug, by.slug.toLowerCase()),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** Another organisation that claims this email domain for SSO (switched on or not), for a clear refusal. */
export async function findDomainClaimedElsewhere(executor: Executor, organizationId: string, domain: string): Promise<boolean> {
  const [row] = await executor
    .select({ organizationId: organizationSso.organizationId })
    .from(organizationSso)
    .where(and(sql`lower(${organizationSso.allowedDomain}) = lower(${domain})`, sql`${organizationSso.organizationId} <> ${organizationId}`))
    .limit(1);
  return row !== undefined;
}

export type SsoConfigurationWrite = {
  organizationId: string;
  enabled: boolean;
  issuer: string;
  clientId: string;
  clientSecretSealed: string;
  allowedDomain: string | null;
  updatedByUserId: string;
};

/** Creates or replaces the organisation's SSO configuration. */
export async function saveSsoConfiguration(executor: Executor, values: SsoConfigurationWrite): Promise<void> {
  const { enabled, issuer, clientId, clientSecretSealed, allowedDomain, updatedByUserId } = values;
  await executor
    .insert(organizationSso)
    .values(values)
    .onConflictDoUpdate({
      target: organizationSso.organizationId,
      set: { enabled, issuer, clientId, clientSecretSealed, allowedDomain, updatedByUserId, updatedAt: sql`now()` },
    });
}
