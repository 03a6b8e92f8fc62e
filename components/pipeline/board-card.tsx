"use client";

import { useDraggable } from "@dnd-kit/core";
import Link from "next/link";
import type { BoardCard as Card, BoardStage } from "@/lib/board/types";
import { MoveMenu } from "./move-menu";

const tallyLabels = [
  ["strong_yes", "strong yes"],
  ["yes", "yes"],
  ["no", "no"],
  ["strong_no", "strong no"],
] as const;

export function scorecardSummary(scorecards: Card["scorecards"]): string | null {
  if (!scorecards) return null;
  const count = `${scorecards.submitted} scorecard${scorecards.submitted === 1 ? "" : "s"}`;
  if (!scorecards.tally) return count;
  const tally = tallyLabels.flatMap(([key, label]) => (scorecards.tally![key] ? [`${scorecards.tally![key]} ${label}`] : []));
  return tally.length ? `${count}: ${tally.join(", ")}` : count;
}

export const daysLabel = (days: number) => (days === 0 ? "Today in stage" : `${days} day${days === 1 ? "" : "s"} in stage`);

/** The card's text, also used for the copy that follows the pointer while dragging. */
export function CardBody({ card }: { card: Card }) {
  const summary = scorecardSummary(card.scorecards);
  return (
    <div className="min-w-0 flex-1">
      <Link href={`/applications/${card.applicationId}`} className="font-medium break-words text-slate-900 hover:text-indigo-700 hover:underline">
        {card.displayName}
      </Link>
      <p className="mt-1 text-xs text-slate-700">
        {card.source ?? "No source"} · {daysLabel(card.daysInStage)}
      </p>
      {summary && <p className="mt-1 text-xs text-slate-700">{summary}</p>}
    </div>
  );
}

type Props = {
  card: Card;
  stageId: string;
  canEdit: boolean;
  selected: boolean;
  otherStages: BoardStage[];
  onSelect: (selected: boolean) => void;
  onMove: (stageId: string) => void;
  onReject: () => void;
};

export function BoardCard({ card, stageId, canEdit, selected, otherStages, onSelect, onMove, onReject }: Props) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: card.applicationId,
    data: { stageId },
    disabled: !canEdit,
  });
  return (
    <li
      ref={setNodeRef}
      data-testid="board-card"
      className={`rounded-md border bg-white p-3 shadow-sm ${selected ? "border-indigo-500 ring-1 ring-indigo-500" : "border-slate-200"} ${isDragging ? "opacity-40" : ""}`}
    >
      <div className="flex items-start gap-2">
        {canEdit && (
          <input
            type="checkbox"
            checked={selected}
            onChange={(event) => onSelect(event.target.checked)}
            aria-label={`Select ${card.displayName}`}
            className="mt-1 size-4 shrink-0 accent-indigo-700"
          />
        )}
        <CardBody card={card} />
        {canEdit && (
          <button
            ref={setActivatorNodeRef}
            type="button"
            {...attributes}
            {...listeners}
            aria-label={`Drag ${card.displayName}`}
            className="shrink-0 cursor-grab touch-none rounded px-1 py-0.5 text-slate-600 hover:bg-slate-100 active:cursor-grabbing"
          >
            <span aria-hidden="true">⠿</span>
          </button>
        )}
      </div>
      {canEdit && (
        <div className="mt-2 flex items-center gap-1">
          <MoveMenu name={card.displayName} stages={otherStages} onMove={onMove} />
          <button type="button" onClick={onReject} className="rounded px-2 py-1 text-xs font-medium text-red-800 hover:bg-red-50">
            Reject<span className="sr-only"> {card.displayName}</span>
          </button>
        </div>
      )}
    </li>
  );
}
