import Link from "next/link";
import type { MemberRole } from "@/db/schema";
import { signOutAction } from "@/app/(auth)/sign-out/actions";
import { requireMember } from "@/lib/auth/session";
import { roleLabels } from "@/lib/format";
import { NavLink } from "./_components/nav-link";

const navigation: { href: string; label: string; roles?: readonly MemberRole[] }[] = [
  { href: "/hiring", label: "Hiring", roles: ["admin", "hiring_manager"] },
  { href: "/jobs", label: "Jobs" },
  { href: "/candidates", label: "Candidates" },
  { href: "/feedback", label: "My feedback" },
  { href: "/settings", label: "Settings" },
];

export default async function DashboardLayout({ children }: LayoutProps<"/">) {
  const member = await requireMember();
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:m-2 focus:rounded focus:bg-white focus:p-2">
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-6 py-3">
          <Link href="/jobs" className="text-lg font-bold text-indigo-700">
            Candor
          </Link>
          <span className="text-sm font-medium text-slate-800" data-testid="organization-name">
            {member.organizationName}
          </span>
          <nav aria-label="Main" className="flex flex-1 flex-wrap gap-1">
            {navigation.filter((item) => !item.roles || item.roles.includes(member.role)).map((item) => (
              <NavLink key={item.href} href={item.href}>
                {item.label}
              </NavLink>
            ))}
          </nav>
          <div className="flex items-center gap-3 text-sm">
            <span className="text-slate-700">
              {member.name} <span className="text-slate-600">· {roleLabels[member.role]}</span>
            </span>
            <form action={signOutAction}>
              <button type="submit" className="rounded-md px-3 py-2 font-medium text-slate-700 hover:bg-slate-100">
                Sign out
              </button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-6 py-8">
        {children}
      </main>
    </div>
  );
}
