"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { FieldErrors } from "@/lib/action-result";
import { submitApplication } from "@/server/applications/submit-application";
import { clientIp, formDataToObject } from "@/lib/request";

export type ApplyState = {
  formError?: string;
  fieldErrors?: FieldErrors;
  /** What the applicant typed, so a refused form comes back filled in (never files). */
  values?: Record<string, string | string[]>;
};

/** The form's no-JavaScript path: a plain POST; success redirects to the status page. */
export async function applyAction(orgSlug: string, jobSlug: string, _previous: ApplyState, formData: FormData): Promise<ApplyState> {
  const raw = formDataToObject(formData);
  const result = await submitApplication(orgSlug, { slug: jobSlug }, raw, { ip: clientIp(await headers()) });
  if (result.ok) redirect(`/status/${result.data.statusToken}?submitted=1`);
  const values: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === "string") values[key] = value.slice(0, 20_000);
    else if (Array.isArray(value) && value.every((v) => typeof v === "string")) values[key] = value as string[];
  }
  return { formError: result.formError, fieldErrors: result.fieldErrors, values };
}
