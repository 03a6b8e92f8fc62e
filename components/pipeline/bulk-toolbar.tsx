"use client";

import { useState } from "react";
import Link from "@/components/ui/link";
import { Button, buttonClasses } from "@/components/ui/button";
import type { BoardStage } from "@/lib/board/types";

type Props = {
  count: number;
  stages: BoardStage[];
  onMove: (stageId: string) => void;
  onReject: () => void;
  onClear: () => void;
  /** The compose page for the selected cards, when the member may email candidates. */
  emailHref?: string;
};

/**
 * Actions on every selected card at once; all of them change, or none. Fixed to the bottom of the window,
 * so ticking a card never pushes the board down; the board leaves room under its cards while it shows.
 * On a desktop it stops short of the bottom-right corner, where toasts appear.
 */
export function BulkToolbar({ count, stages, onMove, onReject, onClear, emailHref }: Props) {
  const [stageId, setStageId] = useState(stages[0]?.id ?? "");
  return (
    <section
      aria-label="Selected applicants"
      className="fixed inset-x-3 bottom-3 z-30 flex flex-wrap items-center gap-x-3 gap-y-2 rounded-xl border border-line bg-surface px-4 py-3 shadow-lg md:left-6 md:right-[25rem]"
    >
      <p className="text-sm font-semibold text-fg tabular-nums">{count} selected</p>
      <form
        className="flex items-center gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          onMove(stageId);
        }}
      >
        <label htmlFor="bulk-stage" className="text-sm font-medium text-fg max-sm:sr-only">
          Move selected to
        </label>
        <select
          id="bulk-stage"
          value={stageId}
          onChange={(event) => setStageId(event.target.value)}
          className="rounded-md border border-line-strong bg-surface px-2 py-1.5 text-sm"
        >
          {stages.map((stage) => (
            <option key={stage.id} value={stage.id}>
              {stage.name}
            </option>
          ))}
        </select>
        <Button type="submit">
          Move selected
        </Button>
      </form>
      <Button variant="secondary" onClick={onReject}>
        Reject selected…
      </Button>
      {emailHref && (
        <Link href={emailHref} className={buttonClasses("secondary")}>
          Email selected…
        </Link>
      )}
      <Button variant="ghost" onClick={onClear}>
        Clear selection
      </Button>
    </section>
  );
}
