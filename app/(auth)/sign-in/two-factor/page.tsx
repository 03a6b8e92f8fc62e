import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { heldChallenge, heldDestination } from "@/server/auth/code-step";
import { AuthCard } from "../../_components/auth-card";
import { SignInForm } from "../_components/sign-in-form";

export const metadata: Metadata = { title: "Two-factor authentication" };

/**
 * The code step of a sign-in whose first step happened elsewhere: at the organisation's identity provider
 * (single sign-on), or on an invitation page with the account's password. The challenge that step earned
 * is in an httpOnly cookie (server/auth/code-step.ts); no session is open until a right code.
 */
export default async function CodeStepPage() {
  const [held, destination] = await Promise.all([heldChallenge(), heldDestination()]);
  return (
    <AuthCard title="Two-factor authentication" lead="Your account has two-factor authentication: one more step to sign in.">
      {held ? (
        <SignInForm codeStep={held} callbackUrl={destination} />
      ) : (
        <>
          <Alert>This sign-in has expired, or was not started in this browser. Please sign in again.</Alert>
          <p className="mt-6 text-center text-sm">
            <Link href="/sign-in" className="font-medium text-indigo-700 hover:underline">
              Go to sign-in
            </Link>
          </p>
        </>
      )}
    </AuthCard>
  );
}
