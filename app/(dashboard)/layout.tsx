import Link from "@/components/ui/link";
import { countUnreadNotifications } from "@/db/queries/notifications";
import { listMyOrganizations, requireAccount } from "@/server/auth/session";
import { roleLabels } from "@/lib/format";
import { can, type Capability } from "@/lib/permissions";
import { Toaster } from "@/components/ui/toast";
import { MainNav } from "./_components/main-nav";
import { MobileMenu } from "./_components/mobile-menu";
import { OrganizationSwitcher } from "./_components/organization-switcher";
import { SignOutButton } from "./_components/sign-out-button";

const navigation: { href: string; label: string; capabilities?: Capability[] }[] = [
  // Hiring is the desk of admins, recruiters and hiring managers: their jobs, the offers waiting at their
  // step of the approval chain and the feedback still owed.
  { href: "/hiring", label: "Hiring", capabilities: ["hiring.view"] },
  { href: "/jobs", label: "Jobs" },
  { href: "/candidates", label: "Candidates" },
  { href: "/reports", label: "Reports", capabilities: ["reports.read"] },
  { href: "/feedback", label: "My feedback" },
  { href: "/referrals", label: "Referrals" },
  { href: "/notifications", label: "Notifications" },
  { href: "/settings", label: "Settings" },
];

/** The header's row and the page share one box, so the header lines up with the content at every width. */
const frame = "mx-auto max-w-7xl px-6";

export default async function DashboardLayout({ children }: LayoutProps<"/">) {
  // Each page checks the member fully (requireMember); the frame also serves the account page, which a
  // member who must still set up two-factor may open.
  const member = await requireAccount();
  const [unreadNotifications, organizations] = await Promise.all([countUnreadNotifications(member), listMyOrganizations()]);
  const navigationItems = navigation
    .filter((item) => (item.capabilities ?? []).every((capability) => can(member.role, capability)))
    .map(({ href, label }) => ({ href, label }));
  const switcher = organizations.length > 1 && <OrganizationSwitcher current={member.organizationSlug} organizations={organizations} />;
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:m-2 focus:rounded focus:bg-white focus:p-2">
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white">
        {/* As wide as the page below, so they line up; tight spacing, a long name cut short and the role under
            the name keep everything each demo user sees on one line at 1280 px (e2e/accessibility.spec.ts
            checks the admin's and the hiring manager's, the longest). */}
        <div className={`${frame} flex flex-wrap items-center gap-x-4 gap-y-2 py-3`}>
          <Link href="/jobs" className="text-lg font-bold text-indigo-700">
            Candor
          </Link>
          <span className="text-sm font-medium text-slate-800" data-testid="organization-name">
            {member.organizationName}
          </span>
          {switcher && <div className="hidden md:block">{switcher}</div>}
          <MainNav items={navigationItems} unreadNotifications={unreadNotifications} layout="row" />
          <div className="hidden items-center gap-1 text-sm md:flex">
            {/* Name over role, so a long role ("Hiring manager") adds no width; a long name is cut short on
                screen only (the whole name stays in the text and its title). */}
            <span className="mr-2 flex flex-col leading-tight">
              <span className="max-w-40 truncate text-slate-700" title={member.name}>
                {member.name}
              </span>
              <span className="text-xs text-slate-600">
                <span className="sr-only">, </span>
                <span data-testid="member-role">{roleLabels[member.role]}</span>
              </span>
            </span>
            <Link href="/account" className="rounded-md px-2 py-2 font-medium text-slate-700 hover:bg-slate-100">
              Account
            </Link>
            <SignOutButton />
          </div>
          <MobileMenu
            items={navigationItems}
            unreadNotifications={unreadNotifications}
            memberName={member.name}
            roleLabel={roleLabels[member.role]}
            organizationSwitcher={switcher}
          />
        </div>
      </header>
      <main id="main" className={`${frame} py-8`}>
        {children}
      </main>
      <Toaster />
    </div>
  );
}
