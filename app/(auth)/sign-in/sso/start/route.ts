import { redirect } from "next/navigation";
import type { NextRequest } from "next/server";
import { rememberDestination } from "@/server/auth/code-step";
import { redirectToIdentityProvider } from "@/server/auth/sso-sign-in";
import { env } from "@/lib/env";
import { safeCallbackPath } from "@/lib/validation/redirect";

/**
 * GET /sign-in/sso/start?organization=<slug>&callbackUrl=…: sends the browser to that organisation's
 * identity provider. A plain link, so the browser leaves Candor by a navigation of its own.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const slug = params.get("organization")?.slice(0, 100) ?? "";
  const redirectTo = safeCallbackPath(params.get("callbackUrl") ?? undefined, env().APP_URL);
  const loginHint = params.get("loginHint")?.slice(0, 320);
  if (slug) {
    await rememberDestination(redirectTo);
    await redirectToIdentityProvider(slug, { redirectTo, loginHint });
  }
  redirect("/sign-in?error=sso-unavailable");
}
