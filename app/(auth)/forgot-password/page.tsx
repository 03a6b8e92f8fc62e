import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "./_components/forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password?" };

// Rendered per request, like sign-in, so its scripts carry the nonce of the policy proxy.ts sets.
export const dynamic = "force-dynamic";

export default function ForgotPasswordPage() {
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <p className="text-lg font-bold text-indigo-700">Candor</p>
        <h1 className="mt-4 text-2xl font-bold">Forgot your password?</h1>
        <p className="mt-1 mb-6 text-sm text-slate-700">Enter the email address you sign in with, and we will email you a link to choose a new password.</p>
        <ForgotPasswordForm />
        <p className="mt-6 text-center text-sm">
          <Link href="/sign-in" className="font-medium text-indigo-700 hover:underline">
            Back to sign in
          </Link>
        </p>
      </div>
    </main>
  );
}
