import { z } from "zod";
import type { PayPeriod } from "@/lib/enums";
import { formatPayRange } from "@/lib/jobs/format";
import { escapeHtml } from "@/lib/public-api/board";
import type { PostingFacts } from "../types";
import { boardText, employmentFrom, wholeAmount, workplaceFrom, type BoardPosting } from "./draft";
import { safeUrl } from "./greenhouse";
import { listOf, type BoardList } from "./list";

// Lever's public Postings API, as its documentation describes it (github.com/lever/postings-api):
// GET {base}/{site}?mode=json → a bare list of postings. Lever does not expose a posting's custom
// questions, so none come over. Nothing in an answer is trusted: each posting is read with the schema
// below, and one that does not fit is reported, not imported.

const text = z.string().max(200_000);
const optionalText = text.nullish();

export const leverPostingSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9-]{1,100}$/),
  text,
  categories: z
    .object({
      commitment: optionalText,
      department: optionalText,
      location: optionalText,
      team: optionalText,
      allLocations: z.array(text).max(500).nullish(),
    })
    .nullish(),
  description: optionalText,
  opening: optionalText,
  descriptionBody: optionalText,
  lists: z.array(z.object({ text: optionalText, content: optionalText })).max(100).nullish(),
  additional: optionalText,
  hostedUrl: optionalText,
  workplaceType: optionalText,
  salaryRange: z
    .object({ currency: optionalText, interval: optionalText, min: z.number().nullish(), max: z.number().nullish() })
    .nullish(),
  salaryDescription: optionalText,
  salaryDescriptionPlain: optionalText,
});

export type LeverPosting = z.output<typeof leverPostingSchema>;

/** The site's postings, each read on its own: one that doesn't fit is skipped with the reason. */
export function readLeverList(json: unknown): BoardList<LeverPosting> | null {
  if (!Array.isArray(json)) return null;
  return listOf("Lever", json, leverPostingSchema, (posting) => ({ externalId: posting.id, title: posting.text }));
}

const INTERVALS: Record<string, PayPeriod> = {
  "per-year-salary": "year",
  "per-month-salary": "month",
  "per-week-salary": "week",
  "per-day-wage": "day",
  "per-hour-wage": "hour",
};

function payFacts(posting: LeverPosting, notes: string[]): PostingFacts {
  const range = posting.salaryRange;
  if (!range || (range.min == null && range.max == null)) return {};
  const currency = range.currency?.trim().toUpperCase();
  const payPeriod = range.interval ? INTERVALS[range.interval] : undefined;
  if (range.interval && !payPeriod) notes.push(`Lever gives the pay “${range.interval.slice(0, 40)}”; Candor has no such period, so the pay range has none. Choose one.`);
  return {
    payMin: wholeAmount(range.min),
    payMax: wholeAmount(range.max),
    payCurrency: currency && /^[A-Z]{3}$/.test(currency) ? currency : undefined,
    payPeriod,
  };
}

/**
 * The posting's whole text as Lever's own page shows it: the description, then each list under its
 * heading, the closing text, and the pay description when it says more than the range.
 */
function leverHtml(posting: LeverPosting, pay: PostingFacts): string {
  const parts = [posting.description || `${posting.opening ?? ""}${posting.descriptionBody ?? ""}`];
  for (const list of posting.lists ?? []) {
    if (!list.content?.trim()) continue;
    parts.push(`${list.text?.trim() ? `<h2>${escapeHtml(list.text.trim())}</h2>` : ""}<ul>${list.content}</ul>`);
  }
  if (posting.additional) parts.push(posting.additional);
  const range = formatPayRange({ payMin: pay.payMin ?? null, payMax: pay.payMax ?? null, payCurrency: pay.payCurrency ?? null, payPeriod: pay.payPeriod ?? null });
  const description = posting.salaryDescriptionPlain?.trim();
  if (posting.salaryDescription && description && description !== range) parts.push(posting.salaryDescription);
  return parts.join("\n");
}

/** One Lever posting for the draft. */
export function leverPosting(site: string, posting: LeverPosting): BoardPosting {
  const notes: string[] = [];
  const categories = posting.categories ?? {};
  const locations = [...new Set([categories.location, ...(categories.allLocations ?? [])].map((l) => boardText(l, 200)).filter(Boolean))];
  const pay = payFacts(posting, notes);
  return {
    provider: "lever",
    board: site,
    externalId: posting.id,
    title: posting.text,
    html: leverHtml(posting, pay),
    given: {
      // Lever's department is the wider group and the team the narrower; Candor's department is the group.
      department: boardText(categories.department, 100) ?? boardText(categories.team, 100),
      location: boardText(locations.join(" / "), 200),
      workplaceType: workplaceFrom(posting.workplaceType),
      employmentType: employmentFrom(categories.commitment),
      ...pay,
    },
    questions: [],
    url: safeUrl(posting.hostedUrl),
    notes,
  };
}
