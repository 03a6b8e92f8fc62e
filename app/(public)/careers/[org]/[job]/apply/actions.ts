"use server";

import { headers } from "next/headers";
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { submitApplication } from "@/server/applications/submit-application";
import { clientIp } from "@/server/http/client-ip";
import { FormRefused, formDataToObject } from "@/lib/request";
import { rememberApplyState } from "./form-state";

/**
 * The form's no-JavaScript path: a plain POST; success redirects to the status page. A refusal is kept
 * for the page, which Next renders next in this same request (./form-state.ts), with the errors and the
 * answers as typed.
 */
export async function applyAction(orgSlug: string, jobSlug: string, formData: FormData): Promise<void> {
  // proxy.ts held the body to the form limits as it streamed in; Next has parsed it since. The counts
  // are checked again here, should the action ever be reached another way.
  let raw: Record<string, unknown>;
  try {
    raw = formDataToObject(formData);
  } catch (error) {
    if (!(error instanceof FormRefused)) throw error;
    await rememberApplyState({ formError: error.message });
    return refresh();
  }
  const result = await submitApplication(orgSlug, { slug: jobSlug }, raw, { ip: clientIp(await headers()) });
  if (result.ok) redirect(`/status/${result.data.statusToken}?submitted=1`);
  const values: Record<string, string | string[]> = {};
  let filesNotKept = false;
  for (const [key, value] of Object.entries(raw)) {
    filesNotKept ||= [value].flat().some((v) => v instanceof File && v.size > 0);
    // The bot trap's value is not handed back: a person never typed it.
    if (key === "leaveEmpty" || key.startsWith("$ACTION")) continue;
    if (typeof value === "string") values[key] = value.slice(0, 20_000);
    else if (Array.isArray(value) && value.every((v) => typeof v === "string")) values[key] = value as string[];
  }
  await rememberApplyState({ formError: result.formError, fieldErrors: result.fieldErrors, values, filesNotKept });
  // Should React have sent the form (Next's runtime running, the form's script not yet loaded), the page
  // comes back in this same response with the errors, as it does for the browser's own post.
  refresh();
}
