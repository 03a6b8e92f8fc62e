"use client";

import { Toaster as Sonner, toast } from "sonner";

/**
 * Short notes about something that just happened ("Moved Ada to Screen."), with an Undo where the change
 * can be taken back. Sonner announces each one in a polite live region, pauses its timer while the pointer
 * or focus is on it, and Alt+T moves focus to the newest; every toast has a close button.
 * `notify` is sonner's `toast`: notify("Saved."), notify.error(...), notify(message, { action: { label: "Undo", onClick } }).
 */
export { toast as notify };

/** Mounted once, in the dashboard layout. */
export function Toaster() {
  return (
    <Sonner
      position="bottom-right"
      duration={8_000}
      closeButton
      containerAriaLabel="Notifications"
      toastOptions={{
        unstyled: true,
        classNames: {
          toast: "flex w-(--width) items-center gap-3 rounded-lg border border-line bg-surface py-3 pr-3 pl-4 text-sm text-fg shadow-lg",
          title: "font-medium",
          description: "text-fg-muted",
          content: "flex min-w-0 flex-1 flex-col gap-0.5",
          icon: "shrink-0",
          error: "border-red-300 bg-danger-subtle text-danger",
          actionButton: "shrink-0 rounded-md bg-accent px-3 py-1.5 text-sm font-semibold text-white hover:bg-accent-strong",
          closeButton:
            "absolute -top-2 -left-2 flex size-6 items-center justify-center rounded-full border border-line bg-surface text-fg-muted shadow-sm hover:text-fg",
        },
      }}
    />
  );
}
