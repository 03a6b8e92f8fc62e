import { fillPlaceholders } from "@/lib/mail/merge-fields";
import type { OrganizationSettings } from "@/lib/enums";
import { DEFAULT_REJECTION_REASONS } from "@/lib/pipeline";

/** How long a rejection email waits in the outbox, so "Undo" can still withdraw it. */
export const REJECTION_EMAIL_DELAY_SECONDS = 30;

export type RejectionEmailTemplate = { subject: string; body: string };

export const DEFAULT_REJECTION_EMAIL: RejectionEmailTemplate = {
  subject: "Your application for {{job_title}} at {{organization_name}}",
  body: [
    "Dear {{candidate_name}},",
    "",
    "Thank you for your interest in the {{job_title}} role at {{organization_name}} and for the time you gave us.",
    "",
    "After careful consideration we have decided not to move forward with your application. We know this is not the news you hoped for, and we wish you every success in your search.",
    "",
    "Kind regards,",
    "The {{organization_name}} hiring team",
  ].join("\n"),
};

export const TEMPLATE_PLACEHOLDERS = ["candidate_name", "job_title", "organization_name"] as const;
type Placeholder = (typeof TEMPLATE_PLACEHOLDERS)[number];

/** Fills {{candidate_name}}, {{job_title}} and {{organization_name}}; any other {{...}} is left as written. */
export function fillTemplate(text: string, values: Record<Placeholder, string>): string {
  return fillPlaceholders(text, values);
}

export function renderRejectionEmail(template: RejectionEmailTemplate, values: Record<Placeholder, string>) {
  return { subject: fillTemplate(template.subject, values).replace(/\s+/g, " ").trim(), text: fillTemplate(template.body, values) };
}

export function rejectionReasonsOf(settings: OrganizationSettings): string[] {
  return settings.rejectionReasons?.length ? settings.rejectionReasons : [...DEFAULT_REJECTION_REASONS];
}

export function rejectionTemplateOf(settings: OrganizationSettings): RejectionEmailTemplate {
  return settings.rejectionEmailTemplate ?? DEFAULT_REJECTION_EMAIL;
}
