import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requireMember } from "@/server/auth/session";
import { getSsoSettings } from "@/server/sso/sso-settings";
import { SsoSettingsForm } from "./_components/sso-settings-form";

export const metadata: Metadata = { title: "Single sign-on" };

export default async function SsoSettingsPage() {
  const member = await requireMember("organization.manage");
  const settings = await getSsoSettings(member);
  return (
    <>
      <Breadcrumbs items={[{ href: "/settings", label: "Settings" }]} />
      <h1 className="mt-2 text-2xl font-bold">Single sign-on</h1>
      <p className="mt-1 max-w-2xl text-sm text-slate-700">
        Let your team sign in with your organisation&apos;s identity provider (OpenID Connect: Okta, Microsoft Entra ID, Google Workspace,
        Keycloak and others). Members can still sign in with their password.
      </p>
      <section aria-labelledby="register-heading" className="mt-6 max-w-2xl rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="register-heading" className="text-lg font-semibold">
          Register Candor with your identity provider
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          Create a web application (OpenID Connect, authorization code flow) with this redirect URI, then copy its issuer URL, client ID
          and client secret below.
        </p>
        <dl className="mt-3 text-sm">
          <dt className="font-medium text-slate-900">Redirect URI</dt>
          <dd className="mt-1">
            <code data-testid="sso-redirect-uri" className="block rounded bg-slate-100 px-2 py-1 break-all text-slate-900">
              {settings.redirectUri}
            </code>
          </dd>
        </dl>
      </section>
      <SsoSettingsForm settings={settings} />
    </>
  );
}
