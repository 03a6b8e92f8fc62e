import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { findPasswordResetLink } from "@/server/accounts/reset-password";
import { ResetPasswordForm } from "./_components/reset-password-form";

export const metadata: Metadata = { title: "Choose a new password", robots: { index: false } };

export default async function ResetPasswordPage({ params }: PageProps<"/reset-password/[token]">) {
  const { token } = await params;
  const link = await findPasswordResetLink(token);
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <p className="text-lg font-bold text-indigo-700">Candor</p>
        {link ? (
          <>
            <h1 className="mt-4 text-2xl font-bold">Choose a new password</h1>
            <p className="mt-1 mb-6 text-sm text-slate-700">
              For {link.email}. Once it is set, you are signed out on every device and sign in again with the new password.
            </p>
            <ResetPasswordForm token={token} email={link.email} />
          </>
        ) : (
          <>
            <h1 className="mt-4 text-2xl font-bold">This link no longer works</h1>
            <p className="mt-2 text-sm text-slate-700">
              A password reset link works once, for one hour. This one has expired, has already been used, or was copied incompletely.
            </p>
            <p className="mt-6">
              <Link href="/forgot-password" className={buttonClasses("primary")}>
                Request a new link
              </Link>
            </p>
            <p className="mt-4 text-sm">
              <Link href="/sign-in" className="font-medium text-indigo-700 hover:underline">
                Back to sign in
              </Link>
            </p>
          </>
        )}
      </div>
    </main>
  );
}
