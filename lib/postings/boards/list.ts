import type { z } from "zod";
import type { SkippedPosting } from "./draft";

/** A board's jobs as read, and the entries that were not jobs Candor could read, with why. */
export type BoardList<T> = { jobs: { externalId: string; title: string; job: T }[]; unreadable: SkippedPosting[] };

const MALFORMED = "The board's data for this job is not in the shape its API documents, so it was not imported.";

/** Reads each entry of a board's list on its own; a repeated id is read once. */
export function listOf<S extends z.ZodType>(
  entries: unknown[],
  schema: S,
  identify: (job: z.output<S>) => { externalId: string; title: string },
): BoardList<z.output<S>> {
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
