import { describe, expect, it } from "vitest";
import type { BoardCard, BoardColumn } from "@/lib/board/types";
import { cardAfterRemoval, neighbourCard, stagesOf } from "./board-navigation";

const card = (id: string): BoardCard => ({ applicationId: id, version: 1, displayName: id, source: null, daysInStage: 0, scorecards: null });
const column = (id: string, ids: string[]): BoardColumn => ({ stage: { id, name: id, kind: "screen" }, total: ids.length, cards: ids.map(card), nextCursor: null });

// Applied: a1 a2 a3 | Screen: (empty) | Interview: i1 | Offer: o1 o2
const board = [column("applied", ["a1", "a2", "a3"]), column("screen", []), column("interview", ["i1"]), column("offer", ["o1", "o2"])];

describe("moving focus between cards", () => {
  it("goes up and down a column and stops at its ends", () => {
    expect(neighbourCard(board, "a2", "down")).toBe("a3");
    expect(neighbourCard(board, "a2", "up")).toBe("a1");
    expect(neighbourCard(board, "a3", "down")).toBeNull();
    expect(neighbourCard(board, "a1", "up")).toBeNull();
    expect(neighbourCard(board, "a2", "first")).toBe("a1");
    expect(neighbourCard(board, "a1", "last")).toBe("a3");
  });

  it("goes sideways past empty stages, to the same row or the last one there is", () => {
    expect(neighbourCard(board, "a3", "right")).toBe("i1");
    expect(neighbourCard(board, "i1", "right")).toBe("o1");
    expect(neighbourCard(board, "o2", "left")).toBe("i1");
    expect(neighbourCard(board, "i1", "left")).toBe("a1");
    expect(neighbourCard(board, "a1", "left")).toBeNull();
    expect(neighbourCard(board, "o1", "right")).toBeNull();
  });

  it("reads the board column by column for next and previous", () => {
    expect(neighbourCard(board, "a3", "next")).toBe("i1");
    expect(neighbourCard(board, "o1", "previous")).toBe("i1");
    expect(neighbourCard(board, "o2", "next")).toBeNull();
    expect(neighbourCard(board, "missing", "next")).toBeNull();
  });

  it("lands on a neighbour when cards leave the board", () => {
    expect(cardAfterRemoval(board, ["a2"])).toBe("a3");
    expect(cardAfterRemoval(board, ["a3"])).toBe("a2");
    expect(cardAfterRemoval(board, ["i1"])).toBe("a1");
    expect(cardAfterRemoval(board, ["a1", "a2", "a3"])).toBe("i1");
    expect(cardAfterRemoval([column("applied", ["a1"])], ["a1"])).toBeNull();
  });

  it("groups cards by the stage they are in, for an Undo", () => {
    expect(stagesOf(board, ["o2", "a1", "a3"])).toEqual([
      { stageId: "applied", applicationIds: ["a1", "a3"] },
      { stageId: "offer", applicationIds: ["o2"] },
    ]);
  });
});
