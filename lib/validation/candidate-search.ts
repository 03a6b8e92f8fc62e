import { z } from "zod";
import { applicationStatuses, stageKinds, type ApplicationStatus, type StageKind } from "@/lib/enums";

/**
 * The candidate search lives in the URL (?q=&job=&stage=&status=&from=&to=&page=), so a search can be
 * shared, survives a reload and works as a plain GET form. A bad or empty parameter is no filter, never an error.
 */
export type CandidateSearch = {
  q?: string;
  job?: string;
  stage?: StageKind;
  status?: ApplicationStatus;
  /** Applied on or after this day (YYYY-MM-DD, UTC). */
  from?: string;
  /** Applied on or before this day (YYYY-MM-DD, UTC). */
  to?: string;
  page: number;
};

export const candidateSearchParamNames = ["q", "job", "stage", "status", "from", "to"] as const satisfies (keyof CandidateSearch)[];

export const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const blankToUndefined = (value: unknown) => {
  const v = first(value);
  return typeof v === "string" && v.trim() === "" ? undefined : v;
};
export const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional()).catch(undefined);

export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)));

const searchSchema = z.object({
  q: optional(z.string().trim().max(200)),
  job: optional(z.uuid()),
  stage: optional(z.enum(stageKinds)),
  status: optional(z.enum(applicationStatuses)),
  from: optional(isoDay),
  to: optional(isoDay),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000)).catch(1),
});

export function parseCandidateSearch(searchParams: Record<string, string | string[] | undefined>): CandidateSearch {
  const parsed = searchSchema.parse(searchParams);
  const search = Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined)) as CandidateSearch;
  // A reversed range is read the way it was meant.
  if (search.from && search.to && search.from > search.to) [search.from, search.to] = [search.to, search.from];
  return search;
}

export function hasCandidateFilters(search: CandidateSearch): boolean {
  return candidateSearchParamNames.some((name) => search[name] !== undefined);
}

/** The URL of this search on another page (or with a filter changed), empty parameters left out. */
export function candidateSearchHref(search: Partial<CandidateSearch>, path = "/candidates"): string {
  const query = new URLSearchParams();
  for (const name of candidateSearchParamNames) {
    const value = search[name];
    if (value !== undefined) query.set(name, value);
  }
  if (search.page && search.page > 1) query.set("page", String(search.page));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** Merging two candidate records: `mergedId` goes into `survivorId`; `keepDetailsOf` says whose contact details stay. */
export const mergeCandidatesSchema = z
  .object({
    survivorId: z.uuid("Choose which record to keep."),
    mergedId: z.uuid("Choose which record to merge."),
    keepDetailsOf: z.enum(["survivor", "merged"], "Choose whose contact details to keep."),
    confirm: z.literal("yes", "Tick the box to confirm the merge."),
  })
  .refine((input) => input.survivorId !== input.mergedId, { message: "A candidate can't be merged into itself.", path: ["mergedId"] });

export type MergeCandidatesInput = z.infer<typeof mergeCandidatesSchema>;
