"use client";

import { Keyboard } from "lucide-react";
import { useRef } from "react";
import { Kbd } from "@/components/ui/kbd";
import { ShortcutsDialog, useKeyboardShortcuts, type Shortcut } from "@/components/ui/keyboard-shortcuts";
import { Tooltip } from "@/components/ui/tooltip";

type Handlers = { next: () => void; previous: () => void; move: () => void; reject: () => void; help: () => void };

/**
 * j/k, m, r and ?, as listed in the dialog; m and r only for those who may move applicants. The board's,
 * and the application page's and profile's, where j/k walk the stage and m/r act on the applicant shown.
 */
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

const notificationShortcut: Shortcut = { keys: ["Alt + T"], description: "Go to the latest notification (to Undo)" };
const helpShortcut: Shortcut = { keys: ["?"], description: "Show these shortcuts" };

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
    notificationShortcut,
    helpShortcut,
  ];
}

/** The application page's shortcuts (`walk`: j/k open the next and previous candidate in the stage) and the profile's. */
export function applicantShortcuts({ walk, canMove }: { walk: boolean; canMove: boolean }): Shortcut[] {
  return [
    ...(walk
      ? [
          { keys: ["J"], description: "Next candidate in this stage" },
          { keys: ["K"], description: "Previous candidate in this stage" },
        ]
      : []),
    ...(canMove
      ? [
          { keys: ["M"], description: "Move to another stage: opens Move to…" },
          { keys: ["R"], description: "Reject the applicant" },
          notificationShortcut,
        ]
      : []),
    helpShortcut,
  ];
}

/** The keyboard button that opens the shortcuts list ("?" opens it too), and the list. */
export function ShortcutsButton({ shortcuts, title, open, onOpenChange }: { shortcuts: Shortcut[]; title: string; open: boolean; onOpenChange: (open: boolean) => void }) {
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <Tooltip content={<>Keyboard shortcuts <Kbd className="ml-1 border-slate-600 bg-slate-800 text-white shadow-none">?</Kbd></>}>
        <button
          ref={button}
          type="button"
          aria-keyshortcuts="?"
          onClick={() => onOpenChange(true)}
          className="inline-flex items-center gap-1.5 rounded-md border max-md:hidden border-line-strong bg-surface px-2.5 py-2 text-sm font-medium text-fg-muted hover:bg-surface-muted hover:text-fg"
        >
          <Keyboard aria-hidden="true" className="size-4" />
          <span className="sr-only">Keyboard shortcuts</span>
        </button>
      </Tooltip>
      <ShortcutsDialog open={open} onOpenChange={onOpenChange} shortcuts={shortcuts} title={title} fallbackFocus={() => button.current} />
    </>
  );
}

export function BoardShortcuts({ canEdit, open, onOpenChange }: { canEdit: boolean; open: boolean; onOpenChange: (open: boolean) => void }) {
  return <ShortcutsButton shortcuts={shortcutsFor(canEdit)} title="Board shortcuts" open={open} onOpenChange={onOpenChange} />;
}
