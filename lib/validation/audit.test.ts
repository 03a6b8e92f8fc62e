import { describe, expect, it } from "vitest";
import { auditDayRange, parseAuditView } from "./audit";

describe("the audit log's day filters", () => {
  it("take the reader's days, and ignore days that don't exist or that the log can't hold, rather than fail", () => {
    expect(parseAuditView({ from: "2026-03-01", to: "2026-03-31" })).toEqual({ from: "2026-03-01", to: "2026-03-31" });
    for (const day of ["9999-12-31", "0050-01-01", "2026-02-31", "2026-13-01", "abc", "2026-3-1"]) {
      expect(parseAuditView({ to: day, from: day }), day).toEqual({});
    }
    // The last day a filter may name still has a day after it.
    const { until } = auditDayRange(parseAuditView({ to: "9998-12-31" }), "Asia/Tokyo");
    expect(until?.toISOString()).toBe("9998-12-31T15:00:00.000Z");
  });
});
