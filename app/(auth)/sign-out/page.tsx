import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { signOutAction } from "./actions";

export const metadata: Metadata = { title: "Sign out" };

export default function SignOutPage() {
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 text-center shadow-sm">
        <h1 className="text-2xl font-bold">Sign out of Candor?</h1>
        <form action={signOutAction} className="mt-6 flex justify-center gap-3">
          <Link href="/jobs" className={buttonClasses("secondary")}>
            Stay signed in
          </Link>
          <button type="submit" className={buttonClasses("primary")}>
            Sign out
          </button>
        </form>
      </div>
    </main>
  );
}
