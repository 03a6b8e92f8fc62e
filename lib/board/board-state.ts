import type { BoardCard, BoardColumn, BoardCursor } from "./types";

/** What the board shows while a change is on its way to the server (useOptimistic), or once it is saved. */
export type BoardChange =
  | { type: "move"; applicationIds: string[]; toStageId: string }
  | { type: "remove"; applicationIds: string[] }
  | { type: "versions"; versions: Record<string, number> }
  | { type: "append"; stageId: string; cards: BoardCard[]; nextCursor: BoardCursor | null };

/** Moved cards go to the top of their new column, as the server orders them (latest arrival first). */
export function applyBoardChange(columns: BoardColumn[], change: BoardChange): BoardColumn[] {
  switch (change.type) {
    case "move": {
      const ids = new Set(change.applicationIds);
      const moving = columns.flatMap((c) => (c.stage.id === change.toStageId ? [] : c.cards.filter((card) => ids.has(card.applicationId))));
      const target = columns.find((c) => c.stage.id === change.toStageId);
      if (!target || moving.length === 0) return columns;
      return columns.map((column) => {
        if (column.stage.id === change.toStageId) {
          return { ...column, total: column.total + moving.length, cards: [...moving.map((card) => ({ ...card, daysInStage: 0 })), ...column.cards] };
        }
        const kept = column.cards.filter((card) => !ids.has(card.applicationId));
        return kept.length === column.cards.length ? column : { ...column, total: column.total - (column.cards.length - kept.length), cards: kept };
      });
    }
    case "remove": {
      const ids = new Set(change.applicationIds);
      return columns.map((column) => {
        const kept = column.cards.filter((card) => !ids.has(card.applicationId));
        return kept.length === column.cards.length ? column : { ...column, total: column.total - (column.cards.length - kept.length), cards: kept };
      });
    }
    case "versions":
      return columns.map((column) => ({
        ...column,
        cards: column.cards.map((card) => (card.applicationId in change.versions ? { ...card, version: change.versions[card.applicationId]! } : card)),
      }));
    case "append":
      return columns.map((column) => {
        if (column.stage.id !== change.stageId) return column;
        const known = new Set(column.cards.map((card) => card.applicationId));
        return { ...column, cards: [...column.cards, ...change.cards.filter((card) => !known.has(card.applicationId))], nextCursor: change.nextCursor };
      });
  }
}

export function findCard(columns: BoardColumn[], applicationId: string): { card: BoardCard; column: BoardColumn } | null {
  for (const column of columns) {
    const card = column.cards.find((c) => c.applicationId === applicationId);
    if (card) return { card, column };
  }
  return null;
}
