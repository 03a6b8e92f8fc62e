import "server-only";
import { postgresErrorCode } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { slugify } from "@/lib/jobs/slug";
import type { JobFields } from "@/lib/validation/job";
import type { JobColumns } from "@/db/queries/jobs";

const SLUG_TAKEN = "Another job already uses this address. Choose a different one.";
const PAY_RANGE = "The maximum pay must be at least the minimum.";

export const slugTaken = () => new AppError("CONFLICT", SLUG_TAKEN, { slug: [SLUG_TAKEN] });

/** The constraints are the last word when two saves race past the checks, or a caller skips the form. */
export function constraintError(error: unknown): never {
  if (postgresErrorCode(error) === "23505") throw slugTaken();
  if (postgresErrorCode(error) === "23514") throw new AppError("VALIDATION", PAY_RANGE, { payMax: [PAY_RANGE] });
  throw error;
}

export function columnsOf(fields: JobFields): JobColumns & { slug: string } {
  return {
    title: fields.title,
    slug: fields.slug ?? slugify(fields.title),
    department: fields.department ?? null,
    location: fields.location ?? null,
    workplaceType: fields.workplaceType,
    employmentType: fields.employmentType,
    payMin: fields.payMin ?? null,
    payMax: fields.payMax ?? null,
    payCurrency: fields.payCurrency ?? null,
    payPeriod: fields.payPeriod ?? null,
    // A closing date means "open until the end of that day" (UTC).
    closesAt: fields.closesAt ? new Date(`${fields.closesAt}T23:59:59.999Z`) : null,
    anonymizedReview: fields.anonymizedReview,
    descriptionMd: fields.descriptionMd,
  };
}
