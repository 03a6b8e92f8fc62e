"use client";

import { MoreHorizontal } from "lucide-react";
import { useId, useRef } from "react";
import { DropdownMenu, DropdownMenuContent, DropdownMenuGroup, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { Kbd } from "@/components/ui/kbd";
import type { BoardStage } from "@/lib/board/types";

type Props = {
  name: string;
  stages: BoardStage[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
  tabbable: boolean;
  onMove: (stageId: string) => void;
  onReject: () => void;
};

/**
 * A card's actions: the other stages to move to, and Reject. In a portal, so a short or scrolled column
 * never clips it. Choosing an action leaves focus to the board (the card moves, or a dialog opens); Escape
 * gives it back to this button.
 */
export function CardMenu({ name, stages, open, onOpenChange, tabbable, onMove, onReject }: Props) {
  const labelId = useId();
  const chose = useRef(false);
  // Closed before the action runs, in the same render: a moved card is a new element in its new column,
  // and must not arrive there with its menu still open (which would take focus from it).
  const choose = (action: () => void) => {
    chose.current = true;
    onOpenChange(false);
    action();
  };
  return (
    <DropdownMenu open={open} onOpenChange={onOpenChange}>
      <DropdownMenuTrigger
        tabIndex={tabbable ? 0 : -1}
        data-card-focus="menu"
        className="-m-1 shrink-0 rounded p-1 text-fg-muted hover:bg-surface-muted hover:text-fg data-[state=open]:bg-surface-muted"
      >
        <MoreHorizontal aria-hidden="true" className="size-4" />
        <span className="sr-only">Actions for {name}</span>
      </DropdownMenuTrigger>
      <DropdownMenuContent
        align="end"
        aria-label={`Actions for ${name}`}
        onCloseAutoFocus={(event) => {
          if (chose.current) event.preventDefault();
          chose.current = false;
        }}
      >
        <DropdownMenuGroup aria-labelledby={labelId}>
          <DropdownMenuLabel id={labelId}>
            Move to <Kbd aria-hidden="true">M</Kbd>
          </DropdownMenuLabel>
          {stages.map((stage) => (
            <DropdownMenuItem
              key={stage.id}
              onSelect={() => choose(() => onMove(stage.id))}
            >
              {stage.name}
            </DropdownMenuItem>
          ))}
        </DropdownMenuGroup>
        <DropdownMenuSeparator />
        <DropdownMenuItem
          tone="danger"
          onSelect={() => choose(onReject)}
        >
          <span className="flex-1">Reject…</span>
          <Kbd aria-hidden="true">R</Kbd>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
