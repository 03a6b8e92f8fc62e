import type { Metadata } from "next";

export const metadata: Metadata = { title: "Your data was deleted", robots: { index: false } };

export default function DataDeletedPage() {
  return (
    <main className="mx-auto max-w-2xl px-4 py-16 text-center">
      <h1 className="text-3xl font-bold">Your data was deleted</h1>
      <p className="mt-3 text-slate-700">
        Your name, contact details, files and answers have been removed, and your status link no longer works. Thank you for your interest.
      </p>
    </main>
  );
}
