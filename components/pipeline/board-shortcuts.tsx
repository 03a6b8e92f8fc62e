"use client";

import { Keyboard } from "lucide-react";
import { Kbd } from "@/components/ui/kbd";
import { ShortcutsDialog, useKeyboardShortcuts, type Shortcut } from "@/components/ui/keyboard-shortcuts";
import { Tooltip } from "@/components/ui/tooltip";

type Handlers = { next: () => void; previous: () => void; move: () => void; reject: () => void; help: () => void };

/** j/k, m, r and ?, as listed in the dialog; m and r only for those who may move applicants. */
export function useBoardShortcuts(canEdit: boolean, handlers: Handlers, enabled: boolean) {
  useKeyboardShortcuts(
    {
      j: handlers.next,
      k: handlers.previous,
      "?": handlers.help,
      ...(canEdit ? { m: handlers.move, r: handlers.reject } : {}),
    },
    enabled,
  );
}

function shortcutsFor(canEdit: boolean): Shortcut[] {
  return [
    { keys: ["J"], description: "Next applicant" },
    { keys: ["K"], description: "Previous applicant" },
    { keys: ["↑", "↓", "←", "→"], description: "Applicant above, below, in the stage before or after" },
    ...(canEdit
      ? [
          { keys: ["M"], description: "Move the applicant: opens their actions" },
          { keys: ["R"], description: "Reject the applicant" },
          { keys: ["Space"], description: "On the drag handle: pick up, then ← → and Space to drop" },
        ]
      : []),
    { keys: ["Alt + T"], description: "Go to the latest notification (to Undo)" },
    { keys: ["?"], description: "Show these shortcuts" },
  ];
}

export function BoardShortcuts({ canEdit, open, onOpenChange }: { canEdit: boolean; open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <>
      <Tooltip content={<>Keyboard shortcuts <Kbd className="ml-1 border-slate-600 bg-slate-800 text-white shadow-none">?</Kbd></>}>
        <button
          type="button"
          onClick={() => onOpenChange(true)}
          className="inline-flex items-center gap-1.5 rounded-md border max-md:hidden border-line-strong bg-surface px-2.5 py-2 text-sm font-medium text-fg-muted hover:bg-surface-muted hover:text-fg"
        >
          <Keyboard aria-hidden="true" className="size-4" />
          <span className="sr-only">Keyboard shortcuts</span>
        </button>
      </Tooltip>
      <ShortcutsDialog open={open} onOpenChange={onOpenChange} shortcuts={shortcutsFor(canEdit)} title="Board shortcuts" />
    </>
  );
}
