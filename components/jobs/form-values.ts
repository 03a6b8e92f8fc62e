import type { Job } from "@/db/schema";
import type { JobFormValues } from "@/components/jobs/job-form";

export const emptyJobValues: JobFormValues = {
  title: "",
  slug: "",
  department: "",
  location: "",
  workplaceType: "on_site",
  employmentType: "full_time",
  payMin: "",
  payMax: "",
  payCurrency: "",
  payPeriod: "",
  closesAt: "",
  anonymizedReview: false,
  descriptionMd: "",
};

/** A stored job as the editor's fields (all text, as the inputs hold them). */
export function jobFormValues(job: Job): JobFormValues {
  const text = (value: string | number | null) => (value === null ? "" : String(value));
  return {
    title: job.title,
    slug: job.slug,
    department: text(job.department),
    location: text(job.location),
    workplaceType: job.workplaceType,
    employmentType: job.employmentType,
    payMin: text(job.payMin),
    payMax: text(job.payMax),
    payCurrency: text(job.payCurrency),
    payPeriod: text(job.payPeriod),
    closesAt: job.closesAt ? job.closesAt.toISOString().slice(0, 10) : "",
    anonymizedReview: job.anonymizedReview,
    descriptionMd: job.descriptionMd,
  };
}
