"use client";

import * as Menu from "@radix-ui/react-dropdown-menu";
import { createContext, useContext, useRef, type ComponentProps, type RefObject } from "react";
import { popoverContainer } from "./portal";

/** The keys that open a menu from its button (WAI-ARIA menu button): focus then goes to the first item. */
const OPENING_KEYS = new Set(["Enter", " ", "ArrowDown"]);

/** Whether the menu was last opened from the keyboard, told by its button to its content. */
const OpenedByKey = createContext<RefObject<boolean> | null>(null);

/**
 * A menu button (WAI-ARIA menu pattern, from Radix): arrow keys, Home/End and type-ahead move between
 * items, Escape closes and gives focus back to the button. The menu renders in a portal and flips or
 * shifts to stay inside the viewport, so no scrolling column or card clips it. Not modal: the page stays
 * readable behind it (a modal menu hides it from screen readers, and leaves it unclickable when a menu
 * item opens a dialog), and clicking outside closes it.
 */
export function DropdownMenu(props: ComponentProps<typeof Menu.Root>) {
  const openedByKey = useRef(false);
  return (
    <OpenedByKey value={openedByKey}>
      <Menu.Root modal={false} {...props} />
    </OpenedByKey>
  );
}

/**
 * The menu's button. It notes whether a key or the pointer opened the menu, because Radix decides where focus
 * goes from a document listener it adds only once the page has hydrated: a key pressed while the page was
 * hydrating reaches the button (React replays it) but not that listener, and the menu opened with focus on
 * itself instead of its first item (the board's "Move to" menu, seen in its keyboard test).
 */
export function DropdownMenuTrigger({ onKeyDown, onPointerDown, ...props }: ComponentProps<typeof Menu.Trigger>) {
  const openedByKeyRef = useContext(OpenedByKey);
  return (
    <Menu.Trigger
      {...props}
      onKeyDown={(event) => {
        if (openedByKeyRef) openedByKeyRef.current = OPENING_KEYS.has(event.key);
        onKeyDown?.(event);
      }}
      onPointerDown={(event) => {
        if (openedByKeyRef) openedByKeyRef.current = false;
        onPointerDown?.(event);
      }}
    />
  );
}
export const DropdownMenuGroup = Menu.Group;

export function DropdownMenuContent({ className = "", sideOffset = 4, collisionPadding = 8, ref, ...props }: ComponentProps<typeof Menu.Content>) {
  const openedByKeyRef = useContext(OpenedByKey);
  // Once the open menu is on the page, after Radix has placed focus: onto the first item if a key opened it.
  const attach = (content: HTMLDivElement | null) => {
    if (typeof ref === "function") ref(content);
    else if (ref) ref.current = content;
    if (!content || !openedByKeyRef?.current) return;
    openedByKeyRef.current = false;
    requestAnimationFrame(() => {
      if (!content.isConnected || (content.contains(document.activeElement) && document.activeElement !== content)) return;
      content.querySelector<HTMLElement>('[role="menuitem"]:not([data-disabled])')?.focus();
    });
  };
  return (
    <Menu.Portal container={popoverContainer()}>
      <Menu.Content
        ref={attach}
        sideOffset={sideOffset}
        collisionPadding={collisionPadding}
        className={`z-40 max-h-(--radix-dropdown-menu-content-available-height) min-w-44 overflow-y-auto rounded-md border border-line bg-surface p-1 text-sm text-fg shadow-lg motion-safe:animate-fade-in ${className}`}
        {...props}
      />
    </Menu.Portal>
  );
}

const itemClasses =
  "flex cursor-default items-center gap-2 rounded px-2 py-1.5 outline-none select-none data-disabled:text-fg-subtle data-highlighted:bg-accent-subtle data-highlighted:text-accent-strong";

export function DropdownMenuItem({ className = "", tone = "default", ...props }: ComponentProps<typeof Menu.Item> & { tone?: "default" | "danger" }) {
  const toneClasses = tone === "danger" ? "text-danger data-highlighted:bg-danger-subtle data-highlighted:text-danger" : "";
  return <Menu.Item className={`${itemClasses} ${toneClasses} ${className}`} {...props} />;
}

/** A caption over a group of items; give the group `aria-labelledby` this label's id so it is read out. */
export function DropdownMenuLabel({ className = "", ...props }: ComponentProps<typeof Menu.Label>) {
  return <Menu.Label className={`flex items-center justify-between px-2 pt-1.5 pb-1 text-xs font-semibold text-fg-subtle ${className}`} {...props} />;
}

export function DropdownMenuSeparator({ className = "", ...props }: ComponentProps<typeof Menu.Separator>) {
  return <Menu.Separator className={`my-1 h-px bg-line ${className}`} {...props} />;
}
