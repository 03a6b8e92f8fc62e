import type { BoardColumn } from "@/lib/board/types";

/** Where a key takes focus from a card: within its column, to the next column, or in reading order. */
export type Direction = "up" | "down" | "left" | "right" | "next" | "previous" | "first" | "last";

function position(columns: BoardColumn[], id: string) {
  const col = columns.findIndex((column) => column.cards.some((card) => card.applicationId === id));
  return col === -1 ? null : { col, row: columns[col]!.cards.findIndex((card) => card.applicationId === id) };
}

/**
 * The card a key moves focus to, or null when there is none that way (focus stays). Left and right skip
 * empty stages and keep the row as far as the other column has one; next and previous read the board
 * column by column, as j and k do.
 */
export function neighbourCard(columns: BoardColumn[], fromId: string, direction: Direction): string | null {
  const at = position(columns, fromId);
  if (!at) return null;
  const cards = columns[at.col]!.cards;
  switch (direction) {
    case "up":
      return cards[at.row - 1]?.applicationId ?? null;
    case "down":
      return cards[at.row + 1]?.applicationId ?? null;
    case "first":
      return cards[0]!.applicationId;
    case "last":
      return cards.at(-1)!.applicationId;
    case "left":
    case "right": {
      const step = direction === "right" ? 1 : -1;
      for (let col = at.col + step; col >= 0 && col < columns.length; col += step) {
        const other = columns[col]!.cards;
        if (other.length) return other[Math.min(at.row, other.length - 1)]!.applicationId;
      }
      return null;
    }
    case "next":
    case "previous": {
      const order = columns.flatMap((column) => column.cards.map((card) => card.applicationId));
      return order[order.indexOf(fromId) + (direction === "next" ? 1 : -1)] ?? null;
    }
  }
}

/** Where focus goes when a card leaves the board (rejected): the card below it, else above it, else the first card left. */
export function cardAfterRemoval(columns: BoardColumn[], removedIds: string[]): string | null {
  const removed = new Set(removedIds);
  const at = position(columns, removedIds[0] ?? "");
  if (at) {
    const cards = columns[at.col]!.cards;
    const below = cards.slice(at.row + 1).find((card) => !removed.has(card.applicationId));
    const above = cards.slice(0, at.row).findLast((card) => !removed.has(card.applicationId));
    if (below ?? above) return (below ?? above)!.applicationId;
  }
  return columns.flatMap((column) => column.cards).find((card) => !removed.has(card.applicationId))?.applicationId ?? null;
}

/** The stages cards are in now, each with its cards: what an Undo moves them back to. */
export function stagesOf(columns: BoardColumn[], ids: string[]): { stageId: string; applicationIds: string[] }[] {
  return columns.flatMap((column) => {
    const here = column.cards.filter((card) => ids.includes(card.applicationId)).map((card) => card.applicationId);
    return here.length ? [{ stageId: column.stage.id, applicationIds: here }] : [];
  });
}
