import { z } from "zod";
import type { PayPeriod, WorkplaceType } from "@/lib/enums";
import { employmentTypeLabels, formatPayRange } from "@/lib/jobs/format";
import { type BoardContext, type BoardJob, escapeHtml, locationName, postingUrl } from "./board";

// The shapes of Lever's Postings API (api.lever.co/v0/postings/{site}), field names and spellings as Lever has them.

/** Lever's spelling, as its live API sends it ("onsite"; its README writes "on-site"). */
export type LeverWorkplaceType = "onsite" | "hybrid" | "remote";

export type LeverSalaryRange = { currency: string; interval?: string; min: number | null; max: number | null };

export type LeverPosting = {
  id: string;
  text: string;
  categories: { commitment: string; department?: string; location?: string; team?: string; allLocations: string[] };
  country: string | null;
  opening: string;
  openingPlain: string;
  description: string;
  descriptionPlain: string;
  descriptionBody: string;
  descriptionBodyPlain: string;
  lists: { text: string; content: string }[];
  additional: string;
  additionalPlain: string;
  hostedUrl: string;
  applyUrl: string;
  workplaceType: LeverWorkplaceType;
  salaryRange?: LeverSalaryRange;
  salaryDescription?: string;
  salaryDescriptionPlain?: string;
  createdAt: number;
};

/** Lever's error body: `{ "ok": false, "error": "Document not found" }`. */
export const leverError = (_status: number, error: string) => ({ ok: false, error });

const workplaceTypes: Record<WorkplaceType, LeverWorkplaceType> = { on_site: "onsite", hybrid: "hybrid", remote: "remote" };

const intervals: Record<PayPeriod, string> = {
  year: "per-year-salary",
  month: "per-month-salary",
  week: "per-week-salary",
  day: "per-day-wage",
  hour: "per-hour-wage",
};

/** Lever's ids are strings; ours is the job's public number, the same id the Greenhouse-shaped API uses. */
export function toLeverPosting(job: BoardJob, board: BoardContext): LeverPosting {
  const url = postingUrl(board.appUrl, board.organization.slug, job.slug);
  const location = locationName(job) || undefined;
  const department = job.department ?? undefined;
  const pay = formatPayRange(job);
  return {
    id: String(job.publicId),
    text: job.title,
    // We have no teams apart from departments, so a widget grouping by either sees the same thing.
    categories: {
      commitment: employmentTypeLabels[job.employmentType],
      department,
      location,
      team: department,
      allLocations: location ? [location] : [],
    },
    country: null,
    opening: "",
    openingPlain: "",
    description: job.descriptionHtml,
    descriptionPlain: job.descriptionText,
    descriptionBody: job.descriptionHtml,
    descriptionBodyPlain: job.descriptionText,
    lists: [],
    additional: "",
    additionalPlain: "",
    hostedUrl: url,
    applyUrl: `${url}/apply`,
    workplaceType: workplaceTypes[job.workplaceType],
    ...(pay !== null && {
      salaryRange: {
        currency: job.payCurrency ?? "USD",
        ...(job.payPeriod && { interval: intervals[job.payPeriod] }),
        min: job.payMin,
        max: job.payMax,
      },
      salaryDescription: `<p>${escapeHtml(pay)}</p>`,
      salaryDescriptionPlain: pay,
    }),
    createdAt: Date.parse(job.createdAt),
  };
}

const blankAsMissing = (value: unknown) => (value === "" || value === null ? undefined : value);

function count(name: string, max?: number) {
  const message = max === undefined ? `${name} must be a whole number, 0 or more` : `${name} must be a whole number from 0 to ${max}`;
  return z.preprocess(
    blankAsMissing,
    z
      .string()
      .trim()
      .regex(/^\d+$/, message)
      .transform(Number)
      .refine((n) => Number.isSafeInteger(n) && (max === undefined || n <= max), message)
      .optional(),
  );
}

const filterValues = z
  .array(z.string())
  .transform((values) => values.map((value) => value.trim().toLowerCase()).filter((value) => value !== ""));

const leverQuerySchema = z.object({
  skip: count("skip"),
  limit: count("limit", 100),
  location: filterValues,
  commitment: filterValues,
  team: filterValues,
  department: filterValues,
});

export type LeverQuery = z.infer<typeof leverQuerySchema>;

const filterNames = ["location", "commitment", "team", "department"] as const;

/** Lever's list parameters. Filters may repeat (any value matches) and ignore case; `mode` is not read (always JSON). */
export function parseLeverQuery(params: URLSearchParams): { ok: true; query: LeverQuery } | { ok: false; error: string } {
  const parsed = leverQuerySchema.safeParse({
    skip: params.get("skip"),
    limit: params.get("limit"),
    ...Object.fromEntries(filterNames.map((name) => [name, params.getAll(name)])),
  });
  if (parsed.success) return { ok: true, query: parsed.data };
  return { ok: false, error: parsed.error.issues.map((issue) => issue.message).join("; ") };
}

export function filterPostings(postings: LeverPosting[], query: LeverQuery): LeverPosting[] {
  const matching = postings.filter((posting) =>
    filterNames.every((name) => {
      const wanted = query[name];
      const value = posting.categories[name]?.toLowerCase();
      return wanted.length === 0 || (value !== undefined && wanted.includes(value));
    }),
  );
  const skip = query.skip ?? 0;
  return matching.slice(skip, query.limit === undefined ? undefined : skip + query.limit);
}
