"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** The job's sections; the server decides which ones this member may use. */
export function JobTabs({ tabs }: { tabs: { href: string; label: string }[] }) {
  const pathname = usePathname();
  // The longest matching href wins, so /jobs/1/pipeline does not also mark the overview /jobs/1.
  const active = tabs
    .filter((tab) => pathname === tab.href || pathname.startsWith(`${tab.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <nav aria-label="Job sections" className="mt-4 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-1">
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={tab === active ? "page" : undefined}
              className="inline-block border-b-2 border-transparent px-3 py-2 text-sm font-medium text-slate-700 hover:border-slate-300 hover:text-slate-900 aria-[current=page]:border-indigo-700 aria-[current=page]:text-indigo-800"
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
