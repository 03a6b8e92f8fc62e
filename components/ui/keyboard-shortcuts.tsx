"use client";

import { Fragment, useEffect, useRef } from "react";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "./dialog";
import { Kbd } from "./kbd";

/** True where a key press is someone typing (a text field, a select, an editable area), not a command. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !["checkbox", "radio", "button", "submit", "reset", "range", "color", "file"].includes(target.type);
  return false;
}

/**
 * Single-key shortcuts for a page ("j", "k", "?"): never while someone types in a field, never with Ctrl,
 * Alt or Meta held (those belong to the browser and assistive technology), never inside an open menu or
 * dialog, which have keys of their own. Letters are matched without Shift, so Shift+J stays free.
 */
export function useKeyboardShortcuts(handlers: Record<string, (event: KeyboardEvent) => void>, enabled = true) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return;
      if (isTypingTarget(event.target)) return;
      if (event.target instanceof Element && event.target.closest('[role="dialog"], [role="alertdialog"], [role="menu"], [role="listbox"]')) return;
      const letter = /^[a-z]$/i.test(event.key);
      if (letter && event.shiftKey) return;
      const handler = latest.current[letter ? event.key.toLowerCase() : event.key];
      if (!handler) return;
      event.preventDefault();
      handler(event);
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [enabled]);
}

export type Shortcut = { keys: string[]; description: string };

/** The list "?" opens: each shortcut's keys and what they do. */
export function ShortcutsDialog({
  open,
  onOpenChange,
  shortcuts,
  title = "Keyboard shortcuts",
  fallbackFocus,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  shortcuts: Shortcut[];
  title?: string;
  /** Where focus goes on closing when "?" opened the list with focus nowhere (on the page's body). */
  fallbackFocus?: () => HTMLElement | null;
}) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        onCloseAutoFocus={() => {
          // Radix gives focus back to where it was; when that was nowhere, to the fallback instead.
          requestAnimationFrame(() => {
            const target = fallbackFocus?.();
            if (target && (!document.activeElement || document.activeElement === document.body)) target.focus();
          });
        }}
      >
        <DialogTitle>{title}</DialogTitle>
        <DialogDescription>They work anywhere on this page except while you type in a field.</DialogDescription>
        <dl className="mt-4 grid grid-cols-[auto_1fr] items-center gap-x-4 gap-y-2 text-sm">
          {shortcuts.map((shortcut) => (
            <Fragment key={shortcut.description}>
              <dt className="flex flex-wrap items-center gap-1">
                {shortcut.keys.map((key, i) => (
                  <Fragment key={key}>
                    {i > 0 && <span className="text-xs text-fg-subtle">or</span>}
                    <Kbd>{key}</Kbd>
                  </Fragment>
                ))}
              </dt>
              <dd className="text-fg-muted">{shortcut.description}</dd>
            </Fragment>
          ))}
        </dl>
      </DialogContent>
    </Dialog>
  );
}
