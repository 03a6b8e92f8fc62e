import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/db/client";
import { deleteLogoFiles, findOrganizationProfile, insertLogoFile, updateOrganizationProfile as writeProfile, type OrganizationProfile, type ProfileChanges } from "@/db/queries/organization-profile";
import { announcePublicChange } from "@/db/queries/public-changes";
import type { Viewer } from "@/lib/auth/viewer";
import { acceptLogo, LogoRejected, type AcceptedLogo } from "@/lib/branding/logo";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import type { OrganizationProfileInput } from "@/lib/validation/organization";
import { memberActor } from "@/server/audit/actor";
import { recordAudit } from "@/server/audit/record-audit";
import { fileStore } from "@/server/storage";

/** The settings this form owns, as stored (OrganizationSettings keys). */
function settingsOf(input: OrganizationProfileInput): ProfileChanges["settings"] {
  return {
    brandColor: input.brandColor ?? null,
    careersIntroMd: input.careersIntro ?? null,
    privacyNoticeMd: input.privacyNotice ?? null,
    privacyNoticeUrl: input.privacyNoticeUrl ?? null,
    auditRetentionDays: input.auditRetentionDays ?? null,
  };
}

/** Which of the form's fields differ from what is stored, by the names the audit log shows. */
function changedFields(current: OrganizationProfile, input: OrganizationProfileInput, logoChanged: boolean): string[] {
  const settings = settingsOf(input);
  const stored = current.settings;
  const changed = [
    current.name !== input.name && "name",
    (current.website ?? null) !== (input.website ?? null) && "website",
    logoChanged && "logo",
    (stored.brandColor ?? null) !== settings.brandColor && "brandColor",
    (stored.careersIntroMd ?? null) !== settings.careersIntroMd && "careersIntro",
    (stored.privacyNoticeMd ?? null) !== settings.privacyNoticeMd && "privacyNotice",
    (stored.privacyNoticeUrl ?? null) !== settings.privacyNoticeUrl && "privacyNoticeUrl",
    (stored.auditRetentionDays ?? null) !== settings.auditRetentionDays && "auditRetentionDays",
  ];
  return changed.filter((field): field is string => typeof field === "string");
}

async function checkedLogo(file: File | undefined): Promise<AcceptedLogo | null> {
  if (!file) return null;
  try {
    return await acceptLogo(file);
  } catch (error) {
    if (error instanceof LogoRejected) throw new AppError("VALIDATION", error.message, { logo: [error.message] });
    throw error;
  }
}

/**
 * Saves the organisation's profile and careers branding. An uploaded logo is typed by its bytes (an SVG
 * sanitised) and stored in the file store before the transaction; the row, the audit entry naming the
 * changed fields and the announcement that refreshes every server's careers pages commit together. A
 * replaced logo's bytes leave the bucket once that committed. Returns the organisation's slug (whose
 * careers pages the caller refreshes on this server) and the changed fields.
 */
export async function updateOrganizationProfile(
  actor: Viewer & { email?: string },
  input: OrganizationProfileInput,
): Promise<{ slug: string; changed: string[] }> {
  assertCan(actor, "organization.manage");
  const logo = await checkedLogo(input.logo);
  const logoId = randomUUID();
  const staged = logo
    ? await fileStore().stage({ id: logoId, organizationId: actor.organizationId, mediaType: logo.mediaType, data: logo.data })
    : null;
  try {
    const result = await db().transaction(async (tx) => {
      const current = await findOrganizationProfile(tx, actor.organizationId, { lock: true });
      if (!current) throw new AppError("NOT_FOUND", "This organisation no longer exists.");
      const replaced = current.logoFileId && (logo || input.removeLogo) ? { id: current.logoFileId, storageKey: current.logoStorageKey } : null;
      const changed = changedFields(current, input, Boolean(logo) || Boolean(replaced));
      if (logo && staged) await insertLogoFile(tx, { id: logoId, organizationId: actor.organizationId, ...logo, storageKey: staged });
      await writeProfile(tx, actor.organizationId, {
        name: input.name,
        website: input.website ?? null,
        settings: settingsOf(input),
        ...((logo || replaced) && { logoFileId: logo ? logoId : null }),
      });
      if (replaced) await deleteLogoFiles(tx, actor.organizationId, [replaced.id]);
      if (changed.length > 0) {
        await recordAudit(tx, {
          organizationIds: [actor.organizationId],
          actor: memberActor(actor),
          action: "organization.settings_changed",
          target: { type: "organization", id: actor.organizationId, label: input.name },
          details: { fields: changed.join(", ") },
        });
        await announcePublicChange(tx, actor.organizationId);
      }
      return { slug: current.slug, changed, removedStorageKey: replaced?.storageKey ?? null };
    });
    if (result.removedStorageKey) {
      // If this fails the orphan sweep removes them.
      await fileStore()
        .remove([result.removedStorageKey])
        .catch((error: unknown) => console.error("candor: could not remove a replaced logo from storage", error));
    }
    return { slug: result.slug, changed: result.changed };
  } catch (error) {
    if (staged) await fileStore().discard([staged]);
    throw error;
  }
}
