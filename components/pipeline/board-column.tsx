"use client";

import { useDroppable } from "@dnd-kit/core";
import type { ReactNode } from "react";
import type { BoardColumn as Column } from "@/lib/board/types";

type Props = {
  column: Column;
  children: ReactNode;
  loadingMore: boolean;
  onShowMore: () => void;
};

/** One stage: a drop target with its heading, count, cards and "Show more" for the cards not yet loaded. */
export function BoardColumn({ column, children, loadingMore, onShowMore }: Props) {
  const { setNodeRef, isOver } = useDroppable({ id: column.stage.id });
  const headingId = `stage-${column.stage.id}`;
  const remaining = column.total - column.cards.length;
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      data-testid="board-column"
      className={`flex min-w-48 flex-1 flex-col rounded-lg border p-2 ${isOver ? "border-indigo-500 bg-indigo-50" : "border-slate-200 bg-slate-50"}`}
    >
      <h3 id={headingId} className="flex items-baseline justify-between px-1 py-1 text-sm font-semibold text-slate-900">
        <span>{column.stage.name}</span>
        <span className="rounded-full bg-white px-2 text-xs font-medium text-slate-700 ring-1 ring-slate-200">
          <span className="sr-only">(</span>
          {column.total}
          <span className="sr-only"> applicant{column.total === 1 ? "" : "s"})</span>
        </span>
      </h3>
      {column.cards.length === 0 ? (
        <p className="mt-1 min-h-24 rounded-md border border-dashed border-slate-300 px-3 py-6 text-center text-xs text-slate-600">No applicants in this stage</p>
      ) : (
        <ul className="mt-1 flex max-h-[70vh] min-h-24 flex-col gap-2 overflow-y-auto p-0.5">{children}</ul>
      )}
      {column.nextCursor && remaining > 0 && (
        <button
          type="button"
          onClick={onShowMore}
          disabled={loadingMore}
          className="mt-2 rounded-md px-2 py-1.5 text-xs font-semibold text-indigo-700 hover:bg-white disabled:text-slate-600"
        >
          {loadingMore ? "Loading…" : `Show more (${remaining} more)`}
          <span className="sr-only"> in {column.stage.name}</span>
        </button>
      )}
    </section>
  );
}
