"use client";

import { useId, useRef, useState, type KeyboardEvent } from "react";
import type { BoardStage } from "@/lib/board/types";

/**
 * "Move to…": a menu button (WAI-ARIA menu pattern) listing the other stages. Arrow keys, Home and End
 * move between items, Enter or Space chooses, Escape closes and gives focus back to the button.
 */
export function MoveMenu({ name, stages, onMove }: { name: string; stages: BoardStage[]; onMove: (stageId: string) => void }) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const menuId = useId();

  function focusItem(index: number) {
    const count = stages.length;
    itemRefs.current[((index % count) + count) % count]?.focus();
  }

  function openMenu(focusIndex = 0) {
    setOpen(true);
    requestAnimationFrame(() => focusItem(focusIndex));
  }

  function close(returnFocus = true) {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const current = itemRefs.current.findIndex((item) => item === document.activeElement);
    const keys: Record<string, () => void> = {
      ArrowDown: () => focusItem(current + 1),
      ArrowUp: () => focusItem(current - 1),
      Home: () => focusItem(0),
      End: () => focusItem(stages.length - 1),
      Escape: () => close(),
      Tab: () => close(false),
    };
    const action = keys[event.key];
    if (!action) return;
    if (event.key !== "Tab") event.preventDefault();
    action();
  }

  return (
    <div className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close() : openMenu())}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            event.preventDefault();
            openMenu(event.key === "ArrowDown" ? 0 : stages.length - 1);
          }
        }}
        className="rounded px-2 py-1 text-xs font-medium text-indigo-700 hover:bg-indigo-50"
      >
        Move <span className="sr-only">{name} </span>to…
      </button>
      {open && (
        <div
          id={menuId}
          role="menu"
          aria-label={`Move ${name} to`}
          onKeyDown={onMenuKeyDown}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
          }}
          className="absolute left-0 z-20 mt-1 min-w-40 rounded-md border border-slate-200 bg-white py-1 shadow-lg"
        >
          {stages.map((stage, i) => (
            <button
              key={stage.id}
              ref={(node) => {
                itemRefs.current[i] = node;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => {
                close();
                onMove(stage.id);
              }}
              className="block w-full px-3 py-2 text-left text-sm text-slate-900 hover:bg-slate-100 focus:bg-indigo-50 focus:outline-none"
            >
              {stage.name}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
