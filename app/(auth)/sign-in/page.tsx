import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const { callbackUrl, password } = await searchParams;
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <p className="text-lg font-bold text-indigo-700">Candor</p>
        <h1 className="mt-4 text-2xl font-bold">Sign in to your workspace</h1>
        <p className="mt-1 mb-6 text-sm text-slate-700">For recruiters, hiring managers and interviewers.</p>
        {password === "reset" && (
          <div className="mb-5">
            <Alert tone="info">Your password has been changed and you were signed out everywhere. Sign in with your new password.</Alert>
          </div>
        )}
        <SignInForm callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined} />
        <p className="mt-6 text-center text-sm">
          <Link href="/forgot-password" className="font-medium text-indigo-700 hover:underline">
            Forgot your password?
          </Link>
        </p>
      </div>
    </main>
  );
}
