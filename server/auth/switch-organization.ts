import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { ACTIVE_ORGANIZATION_COOKIE, listMyOrganizations } from "./session";

/** Makes `slug` the organisation every following request of this browser works in. */
export async function setActiveOrganization(slug: string): Promise<void> {
  (await cookies()).set(ACTIVE_ORGANIZATION_COOKIE, slug, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: env().APP_URL.startsWith("https:"),
    maxAge: 60 * 60 * 24 * 365,
  });
}

/**
 * The organisation switcher: only to an organisation the signed-in person is an active member of. The
 * cookie only chooses among those; every request still reads the membership from the database.
 */
export async function switchOrganization(slug: string): Promise<void> {
  const organizations = await listMyOrganizations();
  if (!organizations.some((organization) => organization.slug === slug)) {
    throw new AppError("NOT_FOUND", "You are not a member of that organisation.");
  }
  await setActiveOrganization(slug);
}
