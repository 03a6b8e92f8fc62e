import "server-only";
import { absoluteUrl } from "@/lib/careers/absolute-url";
import { logoPath } from "@/lib/careers/urls";
import { brandedEmailHtml } from "@/lib/email/branded-html";
import type { OrganizationSettings } from "@/lib/enums";

type BrandedOrganization = { name: string; slug: string; logoSha256: string | null; settings: OrganizationSettings };

/**
 * A candidate email as the organisation sends it: the plain text unchanged, and an HTML part with its
 * logo (from our public logo route, at its versioned address), name and brand colour.
 */
export function branded<E extends { text: string }>(email: E, organization: BrandedOrganization): E & { html: string } {
  const logoUrl = organization.logoSha256 ? absoluteUrl(logoPath(organization.slug, organization.logoSha256)) : null;
  return { ...email, html: brandedEmailHtml(email.text, { name: organization.name, logoUrl, brandColor: organization.settings.brandColor ?? null }) };
}
