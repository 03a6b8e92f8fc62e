"use client";

import { CalendarRange, Kanban, LayoutDashboard, Layers, ListChecks, Pencil, Users, type LucideIcon } from "lucide-react";
import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";

const icons = {
  overview: LayoutDashboard,
  pipeline: Kanban,
  edit: Pencil,
  questions: ListChecks,
  stages: Layers,
  team: Users,
  "interview-plan": CalendarRange,
} satisfies Record<string, LucideIcon>;

export type JobTab = { href: string; label: string; icon: keyof typeof icons };

/** The job's sections; the server decides which ones this member may use. */
export function JobTabs({ tabs }: { tabs: JobTab[] }) {
  const pathname = usePathname();
  // The longest matching href wins, so /jobs/1/pipeline does not also mark the overview /jobs/1.
  const active = tabs
    .filter((tab) => pathname === tab.href || pathname.startsWith(`${tab.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <nav aria-label="Job sections" className="mt-4 border-b border-line">
      <ul className="-mb-px flex flex-wrap gap-1">
        {tabs.map((tab) => {
          const Icon = icons[tab.icon];
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={tab === active ? "page" : undefined}
                className="inline-flex items-center gap-1.5 border-b-2 border-transparent px-3 py-2 text-sm font-medium text-fg-muted hover:border-line-strong hover:text-fg aria-[current=page]:border-accent aria-[current=page]:text-accent-strong"
              >
                <Icon aria-hidden="true" className="size-4" />
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
