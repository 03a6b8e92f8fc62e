"use client";

import * as DialogPrimitive from "@radix-ui/react-dialog";
import { X } from "lucide-react";
import type { ComponentProps, ReactNode } from "react";

/**
 * A modal dialog (Radix): rendered in a portal above everything, focus kept inside while it is open and
 * returned to what opened it when it closes, Escape and the close button dismiss it, the page behind is
 * hidden from screen readers. Every dialog has a DialogTitle (its accessible name).
 */
export const Dialog = DialogPrimitive.Root;
export const DialogTrigger = DialogPrimitive.Trigger;
export const DialogClose = DialogPrimitive.Close;

type ContentProps = ComponentProps<typeof DialogPrimitive.Content> & {
  /** Visually hidden label of the close button. */
  closeLabel?: string;
  size?: "sm" | "md" | "lg";
  children: ReactNode;
};

const sizes = { sm: "max-w-sm", md: "max-w-lg", lg: "max-w-2xl" };

export function DialogContent({ className = "", closeLabel = "Close", size = "md", children, ...props }: ContentProps) {
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay className="fixed inset-0 z-50 bg-slate-900/40 motion-safe:animate-fade-in" />
      <DialogPrimitive.Content
        className={`fixed top-1/2 left-1/2 z-50 max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] ${sizes[size]} -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-surface p-6 text-fg shadow-xl motion-safe:animate-fade-in ${className}`}
        {...props}
      >
        {children}
        <DialogPrimitive.Close className="absolute top-3 right-3 rounded p-1 text-fg-muted hover:bg-surface-muted hover:text-fg">
          <X aria-hidden="true" className="size-4" />
          <span className="sr-only">{closeLabel}</span>
        </DialogPrimitive.Close>
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}

export function DialogTitle({ className = "", ...props }: ComponentProps<typeof DialogPrimitive.Title>) {
  return <DialogPrimitive.Title className={`pr-8 text-lg font-semibold ${className}`} {...props} />;
}

export function DialogDescription({ className = "", ...props }: ComponentProps<typeof DialogPrimitive.Description>) {
  return <DialogPrimitive.Description className={`mt-1 text-sm text-fg-muted ${className}`} {...props} />;
}
