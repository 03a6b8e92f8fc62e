import { TRACKING_PARAMS } from "@/lib/applications/attribution";
import type { FieldErrors } from "@/lib/action-result";

/**
 * Lever's "apply to a posting" fields mapped onto Candor's application form: name, email, phone,
 * resume, urls[LinkedIn|GitHub|Portfolio|…], comments (the cover letter), source ("Lever API" when the
 * caller names none: see the route). Custom questions
 * are answered with the form's own field names (answers.q_<question id>), as the Greenhouse-shaped
 * job API lists them; so is attribution (utm_source … utm_content, referrer), which an integrator's own
 * careers site can pass on and which is stored as the apply form's is. Consent is the integrator's to
 * collect: an API application counts as consented.
 */
export function leverFieldsToApplication(fields: Record<string, unknown>, idempotencyKey: string): Record<string, unknown> {
  const urls: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) {
    const match = /^urls\[(.+)\]$/.exec(key);
    if (match && typeof value === "string") urls[match[1]!.toLowerCase()] = value;
  }
  const answers = Object.fromEntries(Object.entries(fields).filter(([key]) => key.startsWith("answers.")));
  const tracking = Object.fromEntries(TRACKING_PARAMS.filter((name) => name in fields).map((name) => [name, fields[name]]));
  return {
    ...answers,
    ...tracking,
    name: fields.name,
    email: fields.email,
    phone: fields.phone,
    location: fields.location,
    resume: fields.resume,
    coverLetterText: fields.comments,
    linkedin: urls.linkedin,
    github: urls.github,
    website: urls.portfolio ?? urls.website ?? urls.other,
    source: fields.source,
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
