"use client";

import { Menu } from "lucide-react";
import { useState, type ReactNode } from "react";
import { Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { MainNav, UnreadBadge, type NavItem } from "./main-nav";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";

/**
 * The header on a phone (narrower than 768 px): a Menu button opening a dialog with the sections, the
 * organisation switcher, the account and signing out. The dialog keeps focus inside, Escape closes it
 * and focus goes back to the button; choosing a link closes it too.
 */
export function MobileMenu({
  items,
  unreadNotifications,
  memberName,
  roleLabel,
  organizationSwitcher,
}: {
  items: NavItem[];
  unreadNotifications: number;
  memberName: string;
  roleLabel: string;
  organizationSwitcher?: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger className="ml-auto inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100 md:hidden">
        <Menu aria-hidden="true" className="size-4" />
        Menu
        {unreadNotifications > 0 && <UnreadBadge count={unreadNotifications} />}
      </DialogTrigger>
      <DialogContent size="sm">
        <DialogTitle>Menu</DialogTitle>
        <DialogDescription>
          {memberName} · {roleLabel}
        </DialogDescription>
        <div className="mt-4">
          <MainNav items={items} unreadNotifications={unreadNotifications} layout="column" onNavigate={close} />
        </div>
        {organizationSwitcher && <div className="mt-4 border-t border-slate-200 pt-4">{organizationSwitcher}</div>}
        <div className="mt-4 flex flex-col gap-1 border-t border-slate-200 pt-4">
          <NavLink href="/account" onClick={close}>
            Account
          </NavLink>
          <SignOutButton className="w-full text-left text-sm" />
        </div>
      </DialogContent>
    </Dialog>
  );
}
