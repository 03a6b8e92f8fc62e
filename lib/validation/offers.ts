import { z } from "zod";
import { offerApproverRoles, payPeriods } from "@/lib/enums";

/** The ISO 4217 codes the runtime knows (Intl's list), so "EUR" passes and "EUX" does not. */
const currencies = new Set(Intl.supportedValuesOf("currency"));

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date").refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "Enter a real date");

/** Today as YYYY-MM-DD in UTC: offers count whole days, and the candidate's page shows UTC. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export const MAX_OFFER_TEXT = 500;

const terms = z.object({
  salaryAmount: z.coerce
    .number({ error: "Enter the salary as a number" })
    .positive("Enter a salary above zero")
    .max(1_000_000_000, "Enter a salary below one billion")
    .refine((value) => Math.round(value * 100) === value * 100, "Use at most two decimal places"),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .refine((value) => currencies.has(value), "Enter an ISO 4217 currency code such as EUR, USD or GBP"),
  salaryPeriod: z.enum(payPeriods, { error: "Choose how often the salary is paid" }),
  startDate: isoDate,
  expiresOn: isoDate,
  bonus: z.string().trim().max(MAX_OFFER_TEXT, `Keep it under ${MAX_OFFER_TEXT} characters`).default(""),
  equity: z.string().trim().max(MAX_OFFER_TEXT, `Keep it under ${MAX_OFFER_TEXT} characters`).default(""),
});

/** The dates checked against today when the form is sent (and again by the use case's parse). */
const datedTerms = <T extends z.ZodType<z.infer<typeof terms>>>(schema: T) =>
  schema.superRefine((value, context) => {
    const today = todayUtc();
    if (value.startDate <= today) context.addIssue({ code: "custom", path: ["startDate"], message: "The start date must be after today" });
    if (value.expiresOn < today) context.addIssue({ code: "custom", path: ["expiresOn"], message: "The offer must expire today or later" });
    if (value.expiresOn > value.startDate) context.addIssue({ code: "custom", path: ["expiresOn"], message: "The offer must expire before the start date" });
  });

/** The offer form's fields, shared by the form and the server. */
export const offerTermsSchema = datedTerms(terms);
export type OfferTerms = z.infer<typeof terms>;
export type OfferTermsForm = z.input<typeof terms>;

export const createOfferSchema = datedTerms(terms.extend({ applicationId: z.uuid() }));
export type CreateOfferInput = z.infer<typeof createOfferSchema>;

export const updateOfferSchema = datedTerms(terms.extend({ offerId: z.uuid(), version: z.coerce.number().int().min(1) }));
export type UpdateOfferInput = z.infer<typeof updateOfferSchema>;

export const offerRefSchema = z.object({ offerId: z.uuid(), version: z.coerce.number().int().min(1) });
export type OfferRef = z.infer<typeof offerRefSchema>;

export const decideOfferSchema = offerRefSchema
  .extend({
    decision: z.enum(["approve", "reject"], { error: "Choose approve or decline" }),
    comment: z.string().trim().max(2000, "Keep the comment under 2,000 characters").default(""),
  })
  .refine((value) => value.decision === "approve" || value.comment.length > 0, { path: ["comment"], message: "Say why you decline, so the recruiter can act on it" });
export type DecideOfferInput = z.infer<typeof decideOfferSchema>;

/** The candidate's answer on their status page: the name they type is their signature. */
export const respondOfferSchema = z.object({
  offerId: z.uuid(),
  decision: z.enum(["accept", "decline"]),
  signature: z.string().trim().max(200, "Keep it under 200 characters").default(""),
});
export type RespondOfferInput = z.infer<typeof respondOfferSchema>;

export const MAX_LETTER_TEMPLATE = 20_000;

/** Settings → Offers: up to three approval steps (empty ones ignored) and the letter template. */
export const offerSettingsSchema = z
  .object({
    step1: z.enum([...offerApproverRoles, ""]).default(""),
    step2: z.enum([...offerApproverRoles, ""]).default(""),
    step3: z.enum([...offerApproverRoles, ""]).default(""),
    template: z.string().trim().min(1, "Write the letter").max(MAX_LETTER_TEMPLATE, `Keep the letter under ${MAX_LETTER_TEMPLATE.toLocaleString("en")} characters`),
  })
  .superRefine((value, context) => {
    const steps = [value.step1, value.step2, value.step3].filter(Boolean);
    if (new Set(steps).size !== steps.length) context.addIssue({ code: "custom", path: ["step2"], message: "Each role may approve once" });
  });
export type OfferSettingsInput = z.infer<typeof offerSettingsSchema>;
export type OfferSettingsForm = z.input<typeof offerSettingsSchema>;

/** The ordered approver roles an offer settings form describes. */
export function approverChain(input: Pick<OfferSettingsInput, "step1" | "step2" | "step3">) {
  return [input.step1, input.step2, input.step3].filter((role): role is (typeof offerApproverRoles)[number] => role !== "");
}
