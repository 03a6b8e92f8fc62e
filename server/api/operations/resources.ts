import "server-only";
import type { ListPage } from "@/db/queries/api";
import { decodeCursor, encodeCursor } from "@/lib/api/problem";
import type { ListQuery } from "@/lib/validation/api";

// What the operations share: a list query as a page of a keyset query, and rows as JSON.

export function listPage(query: ListQuery): ListPage {
  // The query schema refused a cursor that does not decode.
  const after = (query.cursor && decodeCursor(query.cursor)) || undefined;
  return { limit: query.limit, after, updatedAfter: query.updated_after };
}

/** The page's rows (the query fetched one more than the limit, to know whether there is a next page). */
export function pageResult<R extends { cursorAt: string; id: string }, T>(rows: R[], limit: number, toJson: (row: R) => T) {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { data: page.map(toJson), nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
}

/**
 * A row as JSON: dates as ISO 8601; `updatedAt` to the microsecond (the cursor's column), so a client
 * that passes it back as `updated_after` misses no change made in the same millisecond.
 */
export function asJson<R extends object>(row: R) {
  const exact = "cursorAt" in row && typeof row.cursorAt === "string" ? { updatedAt: row.cursorAt } : {};
  return Object.fromEntries([...Object.entries(row).filter(([key]) => key !== "cursorAt"), ...Object.entries(exact)].map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]));
}
