import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { setupState } from "@/server/setup/complete-setup";
import { timeZoneNames } from "@/lib/interviews/time";
import { SetupForm } from "./_components/setup-form";

export const metadata: Metadata = { title: "Set up Candor", robots: { index: false, follow: false } };

// Whether set-up is open is decided when the request comes, never at build time.
export const dynamic = "force-dynamic";

/**
 * The first-run page of a brand-new server: it exists only while the database has no organisation and
 * no user, and is a 404 ever after. A visitor this server sent here just before it learnt that the set-up
 * happened elsewhere (the CLI, another server) goes on to the dashboard (or to sign in, without a session).
 */
export default async function SetupPage() {
  const state = await setupState();
  if (state === "set-up-elsewhere") redirect("/");
  if (state === "done") notFound();
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-xl rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <p className="text-lg font-bold text-indigo-700">Candor</p>
        <h1 className="mt-4 text-2xl font-bold">Set up your organisation</h1>
        <p className="mt-1 mb-6 text-sm text-slate-700">
          This server has no organisation yet. Create yours and its first admin account. To prove the server is yours, enter the setup
          code Candor printed in the server&apos;s log when it started (or the value of <code>CANDOR_SETUP_TOKEN</code>).
        </p>
        <SetupForm timeZones={timeZoneNames()} />
      </div>
    </main>
  );
}
