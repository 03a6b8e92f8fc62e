"use client";

import { useEffect, useRef, useState, type RefObject } from "react";
import { findCard } from "@/lib/board/board-state";
import type { BoardColumn } from "@/lib/board/types";
import { neighbourCard, type Direction } from "./board-navigation";

/** The parts of a card that take focus: its name (the card itself), checkbox, actions menu, drag handle. */
export type CardControl = "link" | "select" | "menu" | "drag";

type Request = { id: string; control: CardControl; stageId?: string; at: number };

// A card to focus appears after the render that moves or restores it; a request the board never renders
// (a restore someone else undid) must not steal focus much later.
const REQUEST_LIFETIME_MS = 5_000;

/**
 * Focus on the board: one card in the Tab order (roving tabindex), arrow keys and j/k between cards, the
 * stage a phone shows, and focus put back on a card after it moves: the card is a new element in its new
 * column, so focus is handed over once it is rendered there.
 */
export function useBoardFocus(columns: BoardColumn[], boardRef: RefObject<HTMLElement | null>) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const [phoneStageId, setPhoneStageId] = useState<string | null>(null);
  const [, setTick] = useState(0);
  const request = useRef<Request | null>(null);

  const stageOf = (id: string) => findCard(columns, id)?.column.stage.id;
  const phoneStage = columns.find((c) => c.stage.id === phoneStageId)?.stage.id ?? columns[0]?.stage.id ?? null;
  // The tabbable card: the last one focused while it is still on the board, else the first the phone shows.
  const fallback = columns.find((c) => c.stage.id === phoneStage)?.cards[0] ?? columns.flatMap((c) => c.cards)[0];
  const tabbableId = activeId && findCard(columns, activeId) ? activeId : (fallback?.applicationId ?? null);

  /** Focus this card's control once it is on screen (in `stageId`, when it is on its way there). */
  function focusCard(id: string, control: CardControl = "link", stageId?: string) {
    request.current = { id, control, stageId, at: Date.now() };
    setActiveId(id);
    const stage = stageId ?? stageOf(id);
    if (stage) setPhoneStageId(stage);
    setTick((tick) => tick + 1);
  }

  useEffect(() => {
    const pending = request.current;
    if (!pending) return;
    if (Date.now() - pending.at > REQUEST_LIFETIME_MS) {
      request.current = null;
      return;
    }
    const card = boardRef.current?.querySelector<HTMLElement>(`[data-card-id="${pending.id}"]`);
    if (!card || (pending.stageId && card.dataset.stageId !== pending.stageId)) return;
    const target = card.querySelector<HTMLElement>(`[data-card-focus="${pending.control}"]`) ?? card.querySelector<HTMLElement>('[data-card-focus="link"]');
    target?.focus();
    if (target && document.activeElement === target) request.current = null;
  });

  /** The card focus is in, else the tabbable one: what j, k, m and r act on. */
  function currentCardId(): string | null {
    const focused = document.activeElement?.closest<HTMLElement>("[data-card-id]");
    return focused && boardRef.current?.contains(focused) ? focused.dataset.cardId! : tabbableId;
  }

  function navigate(fromId: string, direction: Direction) {
    const next = neighbourCard(columns, fromId, direction);
    if (next) focusCard(next);
  }

  return {
    tabbableId,
    phoneStage,
    focusCard,
    navigate,
    currentCardId,
    onCardFocus: (id: string) => {
      if (id === activeId) return;
      setActiveId(id);
      const stage = stageOf(id);
      if (stage) setPhoneStageId(stage);
    },
    showStageOnPhone: (stageId: string) => {
      setPhoneStageId(stageId);
      const first = columns.find((c) => c.stage.id === stageId)?.cards[0];
      setActiveId(first?.applicationId ?? null);
    },
  };
}
