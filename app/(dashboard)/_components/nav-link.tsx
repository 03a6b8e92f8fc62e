"use client";

import { useLinkStatus } from "next/link";
import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";

export function NavLink({ href, children, onClick }: { href: string; children: React.ReactNode; onClick?: () => void }) {
  const pathname = usePathname();
  const current = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      onClick={onClick}
      className="inline-flex items-center rounded-md px-2 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 aria-[current=page]:bg-indigo-50 aria-[current=page]:text-indigo-800"
    >
      {children}
      <PendingMark />
    </Link>
  );
}

/**
 * Shows that a section is loading. Pages with filters that must work without JavaScript (jobs,
 * candidates) have no loading.tsx, whose streamed content stays hidden without scripts, so this is
 * their loading state.
 */
function PendingMark() {
  const { pending } = useLinkStatus();
  if (!pending) return null;
  return <span aria-hidden="true" className="ml-1.5 inline-block size-3 animate-spin rounded-full border-2 border-slate-300 border-t-indigo-700" />;
}
