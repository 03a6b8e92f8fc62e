import "server-only";
import { findPublicLogo } from "@/db/queries/organization-profile";
import { readFileBytes } from "@/server/storage";

/** An organisation's careers logo and its bytes, by slug (public: it shows on the careers pages); null when it has none. */
export async function getPublicLogo(orgSlug: string) {
  if (orgSlug.length === 0 || orgSlug.length > 100) return null;
  const logo = await findPublicLogo(orgSlug);
  if (!logo) return null;
  return { logo, data: await readFileBytes(logo) };
}
