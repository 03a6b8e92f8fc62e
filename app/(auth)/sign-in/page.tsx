import type { Metadata } from "next";
import Link from "next/link";
import { KeyRound } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { AuthCard } from "../_components/auth-card";
import { SignInForm } from "./_components/sign-in-form";
import { signInErrorMessage } from "./_components/sign-in-error";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const { callbackUrl, error, password } = await searchParams;
  const back = typeof callbackUrl === "string" ? callbackUrl : undefined;
  const problem = signInErrorMessage(error);
  return (
    <AuthCard title="Sign in to your workspace" lead="For recruiters, hiring managers and interviewers.">
      {problem && (
        <div className="mb-5" data-testid="sign-in-problem">
          <Alert>{problem}</Alert>
        </div>
      )}
      {password === "reset" && (
        <div className="mb-5">
          <Alert tone="info">Your password has been changed and you were signed out everywhere. Sign in with your new password.</Alert>
        </div>
      )}
      <SignInForm callbackUrl={back} />
      <p className="mt-6 text-center text-sm">
        <Link href="/forgot-password" className="font-medium text-accent hover:underline">
          Forgot your password?
        </Link>
      </p>
      <div className="mt-6 border-t border-line pt-4">
        <Link href={back ? `/sign-in/sso?${new URLSearchParams({ callbackUrl: back })}` : "/sign-in/sso"} className={buttonClasses("secondary", "w-full")}>
          <KeyRound aria-hidden="true" className="size-4" />
          Sign in with SSO
        </Link>
      </div>
    </AuthCard>
  );
}
