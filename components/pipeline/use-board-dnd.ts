"use client";

import {
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from "@dnd-kit/core";
import { useRef } from "react";
import { findCard } from "@/lib/board/board-state";
import type { BoardColumn } from "@/lib/board/types";

export const dragInstructions =
  "To move an applicant, press Space or Enter on the drag button to pick them up, use the left and right arrow keys to choose a stage, and press Space or Enter to drop them there. Press Escape to cancel.";

/** What drag and drop needs from the board: sensors (pointer, and keyboard jumping a column per arrow), where a card lands, and what is announced. */
export function useBoardDnd(columns: BoardColumn[]) {
  const leftOrigin = useRef(false);
  const nameOf = (id: UniqueIdentifier) => findCard(columns, String(id))?.card.displayName ?? "the applicant";
  const stageName = (id: UniqueIdentifier) => columns.find((c) => c.stage.id === id)?.stage.name ?? "that stage";

  // Arrow keys jump a picked-up card to the previous or next column.
  const coordinateGetter: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
    if (event.code !== "ArrowRight" && event.code !== "ArrowLeft") return undefined;
    event.preventDefault();
    const order = columns.map((c) => c.stage.id);
    const activeId = context.active?.id;
    const currentStage = context.over?.id ?? (activeId ? findCard(columns, String(activeId))?.column.stage.id : undefined);
    const next = order[order.indexOf(String(currentStage)) + (event.code === "ArrowRight" ? 1 : -1)];
    const rect = next ? context.droppableRects.get(next) : undefined;
    return rect ? { x: rect.left + 8, y: rect.top + 40 } : currentCoordinates;
  };
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor, { coordinateGetter }));
  const collisionDetection: CollisionDetection = (args) => {
    const underPointer = pointerWithin(args);
    return underPointer.length ? underPointer : rectIntersection(args);
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      leftOrigin.current = false;
      return `Picked up ${nameOf(active.id)}.`;
    },
    onDragOver: ({ active, over }) => {
      // Picking a card up puts it over its own column; that is not news. Coming back to it later is.
      if (over?.id === active.data.current?.stageId && !leftOrigin.current) return undefined;
      leftOrigin.current = true;
      return over ? `Moved to ${stageName(over.id)}.` : "Not over a stage.";
    },
    onDragEnd: ({ active, over }) => (over ? `Dropped ${nameOf(active.id)} in ${stageName(over.id)}.` : `Dropped ${nameOf(active.id)}. Nothing changed.`),
    onDragCancel: ({ active }) => `Cancelled. ${nameOf(active.id)} stays where they were.`,
  };
  // Focus after a drop is the board's (it follows the card to its new column), not dnd-kit's.
  const accessibility = { announcements, restoreFocus: false, screenReaderInstructions: { draggable: dragInstructions } };
  return { sensors, collisionDetection, accessibility, nameOf, stageName };
}
