"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { BoardStage } from "@/lib/board/types";

type Props = {
  count: number;
  stages: BoardStage[];
  onMove: (stageId: string) => void;
  onReject: () => void;
  onClear: () => void;
};

/** Actions on every selected card at once; all of them change, or none. */
export function BulkToolbar({ count, stages, onMove, onReject, onClear }: Props) {
  const [stageId, setStageId] = useState(stages[0]?.id ?? "");
  return (
    <section aria-label="Selected applicants" className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-indigo-200 bg-indigo-50 px-4 py-3">
      <p className="self-center text-sm font-semibold text-slate-900">{count} selected</p>
      <form
        className="flex items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          onMove(stageId);
        }}
      >
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-900">
          Move selected to
          <select value={stageId} onChange={(event) => setStageId(event.target.value)} className="rounded-md border border-slate-400 bg-white px-3 py-2">
            {stages.map((stage) => (
              <option key={stage.id} value={stage.id}>
                {stage.name}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit">Move selected</Button>
      </form>
      <Button variant="secondary" onClick={onReject}>
        Reject selected…
      </Button>
      <Button variant="ghost" onClick={onClear}>
        Clear selection
      </Button>
    </section>
  );
}
