"use client";

import { useDroppable } from "@dnd-kit/core";
import type { ReactNode } from "react";
import type { BoardColumn as Column } from "@/lib/board/types";

type Props = {
  column: Column;
  children: ReactNode;
  loadingMore: boolean;
  /** On a phone the board shows one stage at a time: this one, or not. */
  shownOnPhone: boolean;
  onShowMore: () => void;
};

/**
 * One stage: a drop target with its heading, count, cards and "Show more" for the cards not yet loaded.
 * It grows with its cards (the page scrolls, the board only sideways), and is `relative` so the hidden
 * text inside stays inside the board's scroll box instead of widening the page.
 */
export function BoardColumn({ column, children, loadingMore, shownOnPhone, onShowMore }: Props) {
  const { setNodeRef, isOver } = useDroppable({ id: column.stage.id });
  const headingId = `stage-${column.stage.id}`;
  const remaining = column.total - column.cards.length;
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      data-testid="board-column"
      className={`relative flex w-72 shrink-0 flex-col rounded-xl border p-2 max-md:w-full ${shownOnPhone ? "" : "max-md:hidden"} ${isOver ? "border-accent bg-accent-subtle" : "border-line bg-surface-muted"}`}
    >
      <h3 id={headingId} className="flex items-center justify-between gap-2 px-1 pt-0.5 pb-2 text-sm font-semibold text-fg">
        <span className="truncate">{column.stage.name}</span>
        <span className="rounded-full bg-surface px-2 text-xs font-medium text-fg-muted tabular-nums ring-1 ring-line">
          <span className="sr-only">(</span>
          {column.total}
          <span className="sr-only"> applicant{column.total === 1 ? "" : "s"})</span>
        </span>
      </h3>
      {column.cards.length === 0 ? (
        <p className="min-h-24 rounded-lg border border-dashed border-line-strong px-3 py-6 text-center text-xs text-fg-subtle">No applicants in this stage</p>
      ) : (
        <ul className="flex min-h-24 flex-col gap-2">{children}</ul>
      )}
      {column.nextCursor && remaining > 0 && (
        <button
          type="button"
          onClick={onShowMore}
          disabled={loadingMore}
          className="mt-2 rounded-md px-2 py-1.5 text-xs font-semibold text-accent hover:bg-surface disabled:text-fg-subtle"
        >
          {loadingMore ? "Loading…" : `Show more (${remaining} more)`}
          <span className="sr-only"> in {column.stage.name}</span>
        </button>
      )}
    </section>
  );
}
