"use client";

import { NavLink } from "./nav-link";

export type NavItem = { href: string; label: string };

/**
 * The dashboard's sections, one "Main" navigation: in a row in the header on a desktop, in a column in
 * the menu dialog on a phone (only one of them is shown at a time).
 */
export function MainNav({
  items,
  unreadNotifications,
  layout,
  onNavigate,
}: {
  items: NavItem[];
  unreadNotifications: number;
  layout: "row" | "column";
  onNavigate?: () => void;
}) {
  return (
    <nav aria-label="Main" className={layout === "row" ? "hidden flex-1 flex-wrap gap-0.5 md:flex" : "flex flex-col gap-1"}>
      {items.map((item) => (
        <NavLink key={item.href} href={item.href} onClick={onNavigate}>
          {item.label}
          {item.href === "/notifications" && unreadNotifications > 0 && <UnreadBadge count={unreadNotifications} />}
        </NavLink>
      ))}
    </nav>
  );
}

export function UnreadBadge({ count }: { count: number }) {
  return (
    <>
      <span aria-hidden="true" className="ml-1.5 rounded-full bg-indigo-700 px-1.5 py-0.5 text-xs font-semibold text-white tabular-nums">
        {count}
      </span>
      <span className="sr-only"> ({count} unread)</span>
    </>
  );
}
