import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { AuthCard } from "../_components/auth-card";
import { SignInForm } from "./_components/sign-in-form";
import { signInErrorMessage } from "./_components/sign-in-error";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const { callbackUrl, error } = await searchParams;
  const back = typeof callbackUrl === "string" ? callbackUrl : undefined;
  const problem = signInErrorMessage(error);
  return (
    <AuthCard title="Sign in to your workspace" lead="For recruiters, hiring managers and interviewers.">
      {problem && (
        <div className="mb-5" data-testid="sign-in-problem">
          <Alert>{problem}</Alert>
        </div>
      )}
      <SignInForm callbackUrl={back} />
      <p className="mt-6 border-t border-slate-200 pt-4 text-sm">
        <Link href={back ? `/sign-in/sso?${new URLSearchParams({ callbackUrl: back })}` : "/sign-in/sso"} className="font-medium text-indigo-700 hover:underline">
          Sign in with SSO
        </Link>
      </p>
    </AuthCard>
  );
}
