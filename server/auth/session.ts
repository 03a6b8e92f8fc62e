import "server-only";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache, type ReactNode } from "react";
import { listMembershipsForSession } from "@/db/queries/memberships";
import { touchUserSession } from "@/db/queries/sessions";
import { viewerTimeZone } from "@/lib/format";
import { can, type Capability } from "@/lib/permissions";
import { auth } from "./index";
import type { Viewer } from "@/lib/auth/viewer";

export const ACTIVE_ORGANIZATION_COOKIE = "candor-org";

export type Member = Viewer & {
  /** The signed-in browser's session (user_sessions), ended by signing out. */
  sessionId: string;
  email: string;
  name: string;
  organizationSlug: string;
  organizationName: string;
  /** Whether the user has a confirmed authenticator app. */
  twoFactorEnabled: boolean;
  /** The organisation requires two-factor and the user has none: only their account page is open to them. */
  mustEnrolTwoFactor: boolean;
  /** The zone every date and time is shown in: the person's own choice, else the organisation's, else UTC. */
  timeZone: string;
  /** The zone the person chose on their account page; null while they follow the organisation's. */
  chosenTimeZone: string | null;
  /** The organisation's zone (UTC when it has none): what the person follows until they choose their own. */
  organizationTimeZone: string;
};

/** Where a member is sent to set up two-factor when their organisation requires it. */
export const TWO_FACTOR_ENROLMENT_PATH = "/account?two-factor=required";

/** The signed-in session's active memberships (none when signed out, ended, disabled or deactivated), once per render. */
const sessionMemberships = cache(async () => {
  const session = await auth();
  const userId = session?.user?.id;
  const sessionId = session?.sessionId;
  if (!userId || !sessionId) return null;
  return { userId, sessionId, memberships: await listMembershipsForSession(userId, sessionId) };
});

/** Every organisation the signed-in person may work in, for the organisation switcher. */
export async function listMyOrganizations(): Promise<{ slug: string; name: string }[]> {
  const current = await sessionMemberships();
  return (current?.memberships ?? []).map((m) => ({ slug: m.organizationSlug, name: m.organizationName }));
}

/**
 * The signed-in user's membership in their active organisation (the `candor-org` cookie names it; the
 * oldest membership otherwise), or null, whether or not the organisation's two-factor rule is met: for
 * the account page (where the rule is met) and signing out. Everything else uses getCurrentMember.
 */
export const getCurrentAccount = cache(async (): Promise<Member | null> => {
  const current = await sessionMemberships();
  if (!current) return null;
  const { userId, sessionId, memberships } = current;
  const preferred = (await cookies()).get(ACTIVE_ORGANIZATION_COOKIE)?.value;
  const membership = memberships.find((m) => m.organizationSlug === preferred) ?? memberships[0];
  if (!membership) return null;
  if (Date.now() - membership.sessionLastSeenAt.getTime() > 5 * 60_000) await touchUserSession(sessionId);
  return {
    userId,
    sessionId,
    email: membership.userEmail,
    name: membership.userName,
    organizationId: membership.organizationId,
    organizationSlug: membership.organizationSlug,
    organizationName: membership.organizationName,
    role: membership.role,
    twoFactorEnabled: membership.twoFactorConfirmedAt !== null,
    mustEnrolTwoFactor: membership.requireTwoFactor && membership.twoFactorConfirmedAt === null,
    timeZone: viewerTimeZone(membership.userTimeZone, membership.organizationTimeZone),
    chosenTimeZone: membership.userTimeZone,
    organizationTimeZone: viewerTimeZone(null, membership.organizationTimeZone),
  };
});

/**
 * The signed-in user's membership in their active organisation, or null. Read from the database on
 * every request (once per render), so a removed member loses access at once. A member whose
 * organisation requires two-factor and who has not set it up counts as no member here: every page,
 * action and download is closed to them until they have (requireMember sends them to do so).
 */
export const getCurrentMember = cache(async (): Promise<Member | null> => {
  const account = await getCurrentAccount();
  return account && !account.mustEnrolTwoFactor ? account : null;
});

/** For the account page and the dashboard's frame: a signed-in member, even one who must still set up two-factor. */
export async function requireAccount(): Promise<Member> {
  const account = await getCurrentAccount();
  if (!account) redirect("/sign-in");
  return account;
}

/**
 * Every dashboard page calls this. Anonymous visitors go to sign-in, members who must set up two-factor
 * to their account page; a member whose role lacks `capability` gets a 404, so pages they cannot use
 * look like pages that do not exist.
 */
export async function requireMember(capability?: Capability): Promise<Member> {
  const member = await getCurrentMember();
  if (!member) redirect((await getCurrentAccount()) ? TWO_FACTOR_ENROLMENT_PATH : "/sign-in");
  if (capability && !can(member.role, capability)) notFound();
  return member;
}

/** The zone the signed-in person reads dates and times in (UTC when signed out), once per render. */
export async function getViewerTimeZone(): Promise<string> {
  return (await getCurrentAccount())?.timeZone ?? "UTC";
}

/**
 * The layout of a page with a loading.tsx: it checks the member's capability above the loading
 * boundary, so a role without it gets a real 404 status (once loading.tsx streams, the status is 200).
 * requireMember is cached per request: the page's own check costs nothing more.
 */
export function capabilityLayout(capability: Capability) {
  return async function CapabilityLayout({ children }: { children: ReactNode }) {
    await requireMember(capability);
    return children;
  };
}
