"use client";

import { useDraggable } from "@dnd-kit/core";
import { ClipboardCheck, Clock, GripVertical, ThumbsDown, ThumbsUp } from "lucide-react";
import Link from "@/components/ui/link";
import type { KeyboardEvent } from "react";
import { Avatar } from "@/components/ui/avatar";
import type { BoardCard as Card, BoardStage } from "@/lib/board/types";
import type { Direction } from "./board-navigation";
import { CardMenu } from "./card-menu";

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

/** Scorecards as a small badge: how many, and (for those who may see votes) for and against; the full sentence for screen readers. */
function ScorecardBadge({ scorecards }: { scorecards: NonNullable<Card["scorecards"]> }) {
  const tally = scorecards.tally;
  const yes = tally ? tally.strong_yes + tally.yes : 0;
  const no = tally ? tally.no + tally.strong_no : 0;
  return (
    <span className="inline-flex items-center gap-1.5 rounded-full bg-surface-muted px-1.5 py-0.5 text-xs font-medium text-fg-muted ring-1 ring-line ring-inset">
      <span className="sr-only">{scorecardSummary(scorecards)}</span>
      <span aria-hidden="true" className="inline-flex items-center gap-0.5">
        <ClipboardCheck className="size-3" />
        {scorecards.submitted}
      </span>
      {yes > 0 && (
        <span aria-hidden="true" className="inline-flex items-center gap-0.5 text-success">
          <ThumbsUp className="size-3" />
          {yes}
        </span>
      )}
      {no > 0 && (
        <span aria-hidden="true" className="inline-flex items-center gap-0.5 text-danger">
          <ThumbsDown className="size-3" />
          {no}
        </span>
      )}
    </span>
  );
}

/** What a card says: who, where from, how long in this stage, scorecards. Also the copy that follows the pointer while dragging. */
/** `search`: the board's filters, so the application page's next and previous walk the same filtered stage. */
export function CardBody({ card, search = "", linkProps }: { card: Card; search?: string; linkProps?: { tabIndex: number; onKeyDown: (event: KeyboardEvent) => void } }) {
  return (
    <div className="flex min-w-0 flex-1 gap-2">
      <Avatar name={card.displayName} size="sm" className="mt-px" />
      <div className="min-w-0 flex-1">
        <Link
          href={`/applications/${card.applicationId}${search}`}
          data-card-focus="link"
          className="block text-sm leading-6 font-medium break-words text-fg hover:text-accent hover:underline"
          {...linkProps}
        >
          {card.displayName}
        </Link>
        <p className="flex items-center gap-1.5 text-xs text-fg-subtle">
          <span className="inline-flex shrink-0 items-center gap-0.5">
            <Clock aria-hidden="true" className="size-3" />
            <span aria-hidden="true">{card.daysInStage === 0 ? "Today" : `${card.daysInStage}d`}</span>
            <span className="sr-only">{daysLabel(card.daysInStage)}</span>
          </span>
          <span aria-hidden="true">·</span>
          <span className="min-w-0 truncate">{card.source ?? "No source"}</span>
        </p>
        {card.scorecards && (
          <p className="mt-1">
            <ScorecardBadge scorecards={card.scorecards} />
          </p>
        )}
      </div>
    </div>
  );
}

const arrowKeys: Record<string, Direction> = { ArrowUp: "up", ArrowDown: "down", ArrowLeft: "left", ArrowRight: "right", Home: "first", End: "last" };

type Props = {
  card: Card;
  /** The board's filters as a query string, kept by the link to the application page. */
  search: string;
  stageId: string;
  canEdit: boolean;
  selected: boolean;
  /** The board's one card in the Tab order (roving tabindex); the others are reached with the arrow keys. */
  tabbable: boolean;
  menuOpen: boolean;
  otherStages: BoardStage[];
  onMenuOpenChange: (open: boolean) => void;
  onFocusCard: () => void;
  onNavigate: (direction: Direction) => void;
  onSelect: (selected: boolean) => void;
  onMove: (stageId: string) => void;
  onReject: () => void;
};

export function BoardCard({ card, search, stageId, canEdit, selected, tabbable, menuOpen, otherStages, onMenuOpenChange, onFocusCard, onNavigate, onSelect, onMove, onReject }: Props) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: card.applicationId,
    data: { stageId },
    disabled: !canEdit,
  });
  const tabIndex = tabbable ? 0 : -1;
  // Arrow keys move between cards from the card's name and its checkbox; the menu button and the drag
  // handle use them for themselves.
  const navigate = (event: KeyboardEvent) => {
    const direction = arrowKeys[event.key];
    if (!direction || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    onNavigate(direction);
  };
  return (
    <li
      ref={setNodeRef}
      data-testid="board-card"
      data-card-id={card.applicationId}
      data-stage-id={stageId}
      onFocus={onFocusCard}
      className={`relative scroll-my-24 rounded-lg border bg-surface p-2.5 shadow-xs transition-shadow hover:shadow-sm ${selected ? "border-accent ring-1 ring-accent" : "border-line"} ${isDragging ? "opacity-40" : ""}`}
    >
      <div className="flex items-start gap-2">
        {canEdit && (
          <input
            type="checkbox"
            checked={selected}
            tabIndex={tabIndex}
            data-card-focus="select"
            onChange={(event) => onSelect(event.target.checked)}
            onKeyDown={navigate}
            aria-label={`Select ${card.displayName}`}
            className="mt-1 size-4 shrink-0 accent-accent"
          />
        )}
        <CardBody card={card} search={search} linkProps={{ tabIndex, onKeyDown: navigate }} />
        {canEdit && (
          <div className="flex shrink-0 flex-col items-center gap-1.5">
            <CardMenu name={card.displayName} stages={otherStages} open={menuOpen} onOpenChange={onMenuOpenChange} tabbable={tabbable} onMove={onMove} onReject={onReject} />
            <button
              ref={setActivatorNodeRef}
              type="button"
              {...attributes}
              {...listeners}
              tabIndex={tabIndex}
              data-card-focus="drag"
              aria-label={`Drag ${card.displayName}`}
              className="-m-1 cursor-grab touch-none rounded p-1 text-fg-subtle hover:bg-surface-muted hover:text-fg active:cursor-grabbing max-md:hidden"
            >
              <GripVertical aria-hidden="true" className="size-4" />
            </button>
          </div>
        )}
      </div>
    </li>
  );
}
