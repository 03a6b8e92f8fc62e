import type { FieldErrors } from "@/lib/action-result";

/**
 * Lever's "apply to a posting" fields mapped onto Candor's application form: name, email, phone,
 * resume, urls[LinkedIn|GitHub|Portfolio|…], comments (the cover letter), source. Custom questions
 * are answered with the form's own field names (answers.q_<question id>), as the Greenhouse-shaped
 * job API lists them. Consent is the integrator's to collect: an API application counts as consented.
 */
export function leverFieldsToApplication(fields: Record<string, unknown>, idempotencyKey: string): Record<string, unknown> {
  const urls: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) {
    const match = /^urls\[(.+)\]$/.exec(key);
    if (match && typeof value === "string") urls[match[1]!.toLowerCase()] = value;
  }
  const answers = Object.fromEntries(Object.entries(fields).filter(([key]) => key.startsWith("answers.")));
  return {
    ...answers,
    name: fields.name,
    email: fields.email,
    phone: fields.phone,
    location: fields.location,
    resume: fields.resume,
    coverLetterText: fields.comments,
    linkedin: urls.linkedin,
    github: urls.github,
    website: urls.portfolio ?? urls.website ?? urls.other,
    source: typeof fields.source === "string" && fields.source ? fields.source : "Lever API",
    consent: "on",
    leaveEmpty: "",
    idempotencyKey,
  };
}

const leverNames: Record<string, string> = { coverLetterText: "comments", linkedin: "urls[LinkedIn]", github: "urls[GitHub]", website: "urls[Portfolio]" };

/** One error string in Lever's style, naming each field the way the caller sent it. */
export function leverErrorMessage(formError: string | undefined, fieldErrors: FieldErrors | undefined): string {
  const details = Object.entries(fieldErrors ?? {}).flatMap(([field, messages]) =>
    (messages ?? []).map((message) => `${leverNames[field] ?? field}: ${message}`),
  );
  return details.length > 0 ? details.join(" ") : (formError ?? "The application could not be accepted.");
}
