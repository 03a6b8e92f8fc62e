import type { EmploymentType, PayPeriod, WorkplaceType } from "@/lib/enums";

export const employmentTypeLabels: Record<EmploymentType, string> = {
  full_time: "Full-time",
  part_time: "Part-time",
  contract: "Contract",
  temporary: "Temporary",
  internship: "Internship",
};

export const workplaceTypeLabels: Record<WorkplaceType, string> = { on_site: "On-site", hybrid: "Hybrid", remote: "Remote" };

export const payPeriodLabels: Record<PayPeriod, string> = { hour: "hour", day: "day", week: "week", month: "month", year: "year" };

/** "€85,000 – €110,000 per year"; null when the job has no pay range. */
export function formatPayRange(job: {
  payMin: number | null;
  payMax: number | null;
  payCurrency: string | null;
  payPeriod: PayPeriod | null;
}): string | null {
  if (job.payMin === null && job.payMax === null) return null;
  const currency = job.payCurrency ?? "USD";
  const format = new Intl.NumberFormat("en", { style: "currency", currency, maximumFractionDigits: 0 });
  const range =
    job.payMin !== null && job.payMax !== null && job.payMin !== job.payMax
      ? `${format.format(job.payMin)} – ${format.format(job.payMax)}`
      : format.format((job.payMin ?? job.payMax)!);
  return job.payPeriod ? `${range} per ${payPeriodLabels[job.payPeriod]}` : range;
}
