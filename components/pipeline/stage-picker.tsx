"use client";

import type { BoardColumn } from "@/lib/board/types";

/** On a phone the board shows one stage at a time; these buttons choose which (hidden from medium screens up). */
export function StagePicker({ columns, current, onChoose }: { columns: BoardColumn[]; current: string | null; onChoose: (stageId: string) => void }) {
  return (
    <div role="group" aria-label="Stage shown" className="mb-3 flex flex-wrap gap-1.5 md:hidden">
      {columns.map((column) => {
        const pressed = column.stage.id === current;
        return (
          <button
            key={column.stage.id}
            type="button"
            aria-pressed={pressed}
            onClick={() => onChoose(column.stage.id)}
            className={`inline-flex items-center gap-1.5 rounded-full border px-3 py-1.5 text-sm font-medium ${pressed ? "border-accent bg-accent text-white" : "border-line-strong bg-surface text-fg hover:bg-surface-muted"}`}
          >
            {column.stage.name}
            <span aria-hidden="true" className={`text-xs tabular-nums ${pressed ? "text-indigo-100" : "text-fg-subtle"}`}>
              {column.total}
            </span>
            <span className="sr-only"> ({column.total})</span>
          </button>
        );
      })}
    </div>
  );
}
