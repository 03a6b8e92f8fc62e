import type { PayPeriod } from "@/lib/enums";
import { formatDay, formatSalary } from "@/lib/offers/letter";

type Terms = { salaryAmount: string; currency: string; salaryPeriod: PayPeriod; startDate: string; expiresOn: string; bonus: string; equity: string };

/** An offer's terms as rows of a <dl>, worded alike on the dashboard and the candidate's page. */
export function OfferTermRows({ offer, termClassName = "text-slate-700" }: { offer: Terms; termClassName?: string }) {
  const rows: [string, string][] = [
    ["Salary", formatSalary(offer.salaryAmount, offer.currency, offer.salaryPeriod)],
    ["Start date", formatDay(offer.startDate)],
    ["Bonus", offer.bonus || "None"],
    ["Equity", offer.equity || "None"],
    ["Open until", `${formatDay(offer.expiresOn)} (end of day, UTC)`],
  ];
  return rows.map(([term, value]) => [
    <dt key={`${term}-term`} className={termClassName}>
      {term}
    </dt>,
    <dd key={`${term}-value`}>{value}</dd>,
  ]);
}
