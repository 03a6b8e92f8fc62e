"use server";

import { publicAction, type ActionResult } from "@/server/action";
import { findSsoOrganization } from "@/server/sso/find-sso-organization";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { ssoStartSchema } from "@/lib/validation/sso";
import { safeCallbackPath } from "@/lib/validation/redirect";

export type SsoStartState = (ActionResult<{ organizationName: string; startUrl: string }> | { ok: null }) & { identifier?: string };

const NOT_FOUND = "No organisation on this Candor signs in with single sign-on for that address. Check it, enter your organisation's Candor ID, or sign in with your password.";

const findOrganization = publicAction(ssoStartSchema, async ({ identifier, callbackUrl }) => {
  const organization = await findSsoOrganization(identifier);
  if (!organization) throw new AppError("NOT_FOUND", NOT_FOUND, { identifier: [NOT_FOUND] });
  const params = new URLSearchParams({ organization: organization.slug, callbackUrl: safeCallbackPath(callbackUrl, env().APP_URL) });
  if (identifier.includes("@")) params.set("loginHint", identifier.trim());
  // A link the browser follows (top-level navigation), not a redirect of this form's post: the page's
  // Content-Security-Policy (form-action 'self') would stop a form post redirected to another site.
  return { organizationName: organization.name, startUrl: `/sign-in/sso/start?${params}` };
});

export async function startSsoAction(_previous: SsoStartState, formData: FormData): Promise<SsoStartState> {
  const result = await findOrganization(formData);
  return { ...result, identifier: String(formData.get("identifier") ?? "").slice(0, 320) };
}
