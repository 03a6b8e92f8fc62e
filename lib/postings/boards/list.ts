import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { SkippedPosting } from "./draft";

/** A board's jobs as read, and the entries that were not jobs Candor could read, with why. */
export type BoardList<T> = { jobs: { externalId: string; title: string; job: T }[]; unreadable: SkippedPosting[] };

const MALFORMED = "The board's data for this job is not in the shape its API documents, so it was not imported.";

/**
 * Entries a board's list may hold. A real list is ten megabytes at most with every description in it, a
 * few thousand jobs; ten megabytes of `0,` are five million entries, which took seconds each to read and
 * to report, and more memory than the server has.
 */
export const MAX_LISTED_JOBS = 10_000;

/**
 * Reads each entry of a board's list on its own; a repeated id is read once. Throws AppError for a list
 * longer than any board's, before reading an entry.
 */
export function listOf<S extends z.ZodType>(
  service: string,
  entries: unknown[],
  schema: S,
  identify: (job: z.output<S>) => { externalId: string; title: string },
): BoardList<z.output<S>> {
  if (entries.length > MAX_LISTED_JOBS) {
    const count = entries.length.toLocaleString("en");
    throw new AppError("VALIDATION", `${service}'s answer lists ${count} jobs; Candor reads a board of at most ${MAX_LISTED_JOBS.toLocaleString("en")}. Nothing was imported.`);
  }
  const list: BoardList<z.output<S>> = { jobs: [], unreadable: [] };
  const seen = new Set<string>();
  for (const [index, entry] of entries.entries()) {
    const parsed = schema.safeParse(entry);
    if (!parsed.success) {
      list.unreadable.push({ externalId: `#${index + 1}`, title: titleOf(entry) ?? `Job ${index + 1} of the list`, reason: MALFORMED });
      continue;
    }
    const { externalId, title } = identify(parsed.data);
    if (seen.has(externalId)) continue;
    seen.add(externalId);
    list.jobs.push({ externalId, title, job: parsed.data });
  }
  return list;
}

/** A title to name an entry that could not be read, if it has one that reads as text. */
function titleOf(entry: unknown): string | undefined {
  if (typeof entry !== "object" || entry === null) return undefined;
  const { title, text } = entry as { title?: unknown; text?: unknown };
  const name = typeof title === "string" ? title : typeof text === "string" ? text : undefined;
  return name?.trim().slice(0, 200) || undefined;
}
