import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { OrganizationSettings } from "@/lib/enums";
import { DATABASE_STORAGE_KEY } from "@/lib/files/storage-types";
import { db, type Executor } from "../client";
import { fileContents, files, organizations } from "../schema";

/** The organisation's uploaded logo's SHA-256 (the version in its address), for a select from organizations. */
export const logoSha256Column = sql<string | null>`(select ${files.sha256} from ${files} where ${files.id} = ${organizations.logoFileId})`;

/** The profile and careers branding an admin edits under Settings → Organisation. */
export async function findOrganizationProfile(executor: Executor, organizationId: string, { lock = false } = {}) {
  const query = executor
    .select({
      id: organizations.id,
      slug: organizations.slug,
      name: organizations.name,
      website: organizations.website,
      settings: organizations.settings,
      logoFileId: organizations.logoFileId,
      logoMediaType: files.mediaType,
      logoSha256: files.sha256,
      logoStorageKey: files.storageKey,
    })
    .from(organizations)
    .leftJoin(files, eq(files.id, organizations.logoFileId))
    .where(eq(organizations.id, organizationId))
    .limit(1);
  const [row] = lock ? await query.for("update", { of: organizations }) : await query;
  return row ?? null;
}

export type OrganizationProfile = NonNullable<Awaited<ReturnType<typeof findOrganizationProfile>>>;

export type ProfileChanges = {
  name: string;
  website: string | null;
  /** Settings to set; a key set to null is removed. Other settings are left as they are. */
  settings: { [K in keyof OrganizationSettings]?: OrganizationSettings[K] | null };
  /** Set to replace or (null) remove the logo; absent to keep it. */
  logoFileId?: string | null;
};

/** Writes the profile in one statement, the settings merged in the database so a concurrent change to another setting is kept. */
export async function updateOrganizationProfile(executor: Executor, organizationId: string, changes: ProfileChanges): Promise<void> {
  const removed = Object.keys(changes.settings).filter((key) => changes.settings[key as keyof OrganizationSettings] === null);
  const set = Object.fromEntries(Object.entries(changes.settings).filter(([, value]) => value !== null));
  const without = removed.reduce((settings, key) => sql`(${settings} - ${key}::text)`, sql`${organizations.settings}`);
  await executor
    .update(organizations)
    .set({
      name: changes.name,
      website: changes.website,
      settings: sql`${without} || ${JSON.stringify(set)}::jsonb`,
      ...(changes.logoFileId !== undefined && { logoFileId: changes.logoFileId }),
    })
    .where(eq(organizations.id, organizationId));
}

/** Sets some of the organisation's settings, merged in the database so the others are kept as they are. */
export async function mergeOrganizationSettings(executor: Executor, organizationId: string, settings: Partial<OrganizationSettings>): Promise<void> {
  await executor
    .update(organizations)
    .set({ settings: sql`${organizations.settings} || ${JSON.stringify(settings)}::jsonb` })
    .where(eq(organizations.id, organizationId));
}

export type NewLogoFile = { id: string; organizationId: string; mediaType: string; sizeBytes: number; sha256: string; storageKey: string; data: Buffer };

const extensions: Record<string, string> = { "image/png": "png", "image/jpeg": "jpg", "image/svg+xml": "svg" };

/** Records an uploaded logo as a file of no candidate; with database storage its bytes go in the same statement's transaction. */
export async function insertLogoFile(executor: Executor, logo: NewLogoFile): Promise<void> {
  await executor.insert(files).values({
    id: logo.id,
    organizationId: logo.organizationId,
    kind: "logo",
    originalName: `logo.${extensions[logo.mediaType] ?? "bin"}`,
    mediaType: logo.mediaType,
    sizeBytes: logo.sizeBytes,
    sha256: logo.sha256,
    storageKey: logo.storageKey,
  });
  if (logo.storageKey === DATABASE_STORAGE_KEY) await executor.insert(fileContents).values({ fileId: logo.id, data: logo.data });
}

/** Deletes logo files of the organisation (a replaced or removed logo); their stored bytes go with them in the database. */
export async function deleteLogoFiles(executor: Executor, organizationId: string, fileIds: string[]): Promise<void> {
  if (fileIds.length === 0) return;
  await executor.delete(files).where(and(eq(files.organizationId, organizationId), eq(files.kind, "logo"), inArray(files.id, fileIds)));
}

/** The organisation's current logo, by its public slug, for the logo route; null when it has none. */
export async function findPublicLogo(orgSlug: string) {
  const [row] = await db()
    .select({ id: files.id, storageKey: files.storageKey, mediaType: files.mediaType, sha256: files.sha256, sizeBytes: files.sizeBytes })
    .from(organizations)
    .innerJoin(files, and(eq(files.id, organizations.logoFileId), eq(files.kind, "logo")))
    .where(eq(organizations.slug, orgSlug))
    .limit(1);
  return row ?? null;
}
