import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "../../_components/auth-card";
import { SsoStartForm } from "./_components/sso-start-form";

export const metadata: Metadata = { title: "Sign in with SSO" };

export default async function SsoSignInPage({ searchParams }: PageProps<"/sign-in/sso">) {
  const { callbackUrl } = await searchParams;
  const back = typeof callbackUrl === "string" ? callbackUrl : undefined;
  return (
    <AuthCard title="Sign in with SSO" lead="With your organisation's own sign-in (Okta, Microsoft Entra ID, Google Workspace, Keycloak…).">
      <SsoStartForm callbackUrl={back} />
      <p className="mt-6 text-sm">
        <Link href={back ? `/sign-in?${new URLSearchParams({ callbackUrl: back })}` : "/sign-in"} className="font-medium text-indigo-700 hover:underline">
          Sign in with email and password
        </Link>
      </p>
    </AuthCard>
  );
}
