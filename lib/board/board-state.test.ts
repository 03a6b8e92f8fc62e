import { describe, expect, it } from "vitest";
import { applyBoardChange, findCard } from "./board-state";
import type { BoardCard, BoardColumn } from "./types";

const card = (id: string, version = 1): BoardCard => ({ applicationId: id, version, displayName: id, source: null, daysInStage: 4, scorecards: null });
const column = (id: string, cards: BoardCard[], total = cards.length): BoardColumn => ({
  stage: { id, name: id, kind: "screen" },
  total,
  cards,
  nextCursor: null,
});

describe("board state", () => {
  const board = [column("a", [card("1"), card("2")], 40), column("b", [card("3")])];

  it("moves cards to the top of the target column and keeps counts right", () => {
    const next = applyBoardChange(board, { type: "move", applicationIds: ["2"], toStageId: "b" });
    expect(next.map((c) => [c.total, c.cards.map((x) => x.applicationId)])).toEqual([
      [39, ["1"]],
      [2, ["2", "3"]],
    ]);
    expect(findCard(next, "2")?.card.daysInStage).toBe(0);
    expect(findCard(next, "2")?.column.stage.id).toBe("b");
  });

  it("leaves the board alone when the cards are already there", () => {
    expect(applyBoardChange(board, { type: "move", applicationIds: ["3"], toStageId: "b" })).toBe(board);
  });

  it("removes rejected cards, updates versions and appends a loaded page without repeats", () => {
    let next = applyBoardChange(board, { type: "remove", applicationIds: ["1", "3"] });
    expect(next.map((c) => c.total)).toEqual([39, 0]);
    next = applyBoardChange(next, { type: "versions", versions: { "2": 5 } });
    expect(findCard(next, "2")?.card.version).toBe(5);
    next = applyBoardChange(next, { type: "append", stageId: "a", cards: [card("2"), card("9")], nextCursor: null });
    expect(next[0]!.cards.map((c) => c.applicationId)).toEqual(["2", "9"]);
  });
});
