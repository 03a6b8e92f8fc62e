import type { OfferApproverRole, OfferStatus, PayPeriod } from "@/lib/enums";

/** The merge fields an offer letter template may use, as {{name}}. */
export const LETTER_FIELDS = ["candidate_name", "job_title", "salary", "start_date", "expiry", "organization", "bonus", "equity"] as const;
export type LetterValues = Record<(typeof LETTER_FIELDS)[number], string>;

export const DEFAULT_APPROVERS: OfferApproverRole[] = ["hiring_manager", "admin"];

export const DEFAULT_LETTER_TEMPLATE = `# Offer of employment

Dear {{candidate_name}},

We are delighted to offer you the position of **{{job_title}}** at {{organization}}.

- Salary: {{salary}}
- Start date: {{start_date}}
- Bonus: {{bonus}}
- Equity: {{equity}}

This offer is open until {{expiry}}. To accept it, sign it on your application page.

Kind regards,

{{organization}}
`;

export const approverRoleLabels: Record<OfferApproverRole, string> = { hiring_manager: "Hiring manager", recruiter: "Recruiter", admin: "Admin" };

export const offerStatusLabels: Record<OfferStatus, string> = {
  draft: "Draft",
  pending_approval: "Waiting for approval",
  approved: "Sent to the candidate",
  accepted: "Accepted",
  declined: "Declined by the candidate",
  rejected_by_approver: "Rejected by approver",
  superseded: "Superseded",
};

const periodWords: Record<PayPeriod, string> = { hour: "per hour", day: "per day", week: "per week", month: "per month", year: "per year" };

/** "EUR 65,000.00 per year", in a form that reads the same in the letter, the email and the page. */
export function formatSalary(amount: string | number, currency: string, period: PayPeriod): string {
  const value = Number(amount);
  const money = new Intl.NumberFormat("en-GB", { style: "currency", currency, currencyDisplay: "code" }).format(value).replace(/\s/g, " ");
  return `${money} ${periodWords[period]}`;
}

/** "1 March 2027": a YYYY-MM-DD day as words, never shifted by a time zone. */
export function formatDay(day: string): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}

/** The template with every known {{field}} filled in; unknown ones are left as typed, so a typo shows. */
export function mergeLetter(template: string, values: LetterValues): string {
  return template.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? values[name as keyof LetterValues] : whole));
}

/** Whether the typed signature is the candidate's name, ignoring case, accents' forms and spacing. */
export function signatureMatches(typed: string, name: string): boolean {
  const normalise = (text: string) => text.normalize("NFKC").toLocaleLowerCase("en").replace(/[\s.,'’-]+/g, "");
  const signed = normalise(typed);
  return signed.length > 0 && signed === normalise(name);
}

/** Whether the offer may still be answered on `today` (YYYY-MM-DD, UTC): through the whole expiry day. */
export function isOfferOpen(expiresOn: string, today: string): boolean {
  return today <= expiresOn;
}
