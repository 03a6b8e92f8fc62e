"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { FieldErrors } from "@/lib/action-result";
import { submitApplication } from "@/server/applications/submit-application";
import { clientIp } from "@/server/http/client-ip";
import { FormRefused, formDataToObject } from "@/lib/request";

export type ApplyState = {
  formError?: string;
  fieldErrors?: FieldErrors;
  /** What the applicant typed, so a refused form comes back filled in (never files). */
  values?: Record<string, string | string[]>;
};

/** The form's no-JavaScript path: a plain POST; success redirects to the status page. */
export async function applyAction(orgSlug: string, jobSlug: string, _previous: ApplyState, formData: FormData): Promise<ApplyState> {
  // proxy.ts held the body to the form limits as it streamed in; Next has parsed it since. The counts
  // are checked again here, should the action ever be reached another way.
  let raw: Record<string, unknown>;
  try {
    raw = formDataToObject(formData);
  } catch (error) {
    if (error instanceof FormRefused) return { formError: error.message };
    throw error;
  }
  const result = await submitApplication(orgSlug, { slug: jobSlug }, raw, { ip: clientIp(await headers()) });
  if (result.ok) redirect(`/status/${result.data.statusToken}?submitted=1`);
  const values: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === "string") values[key] = value.slice(0, 20_000);
    else if (Array.isArray(value) && value.every((v) => typeof v === "string")) values[key] = value as string[];
  }
  return { formError: result.formError, fieldErrors: result.fieldErrors, values };
}
