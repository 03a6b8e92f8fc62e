import type { ReactNode } from "react";

/** The centred card of the sign-in pages: Candor's name, a heading, a line under it, then the form. */
export function AuthCard({ title, lead, children }: { title: string; lead: string; children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <p className="text-lg font-bold text-indigo-700">Candor</p>
        <h1 className="mt-4 text-2xl font-bold">{title}</h1>
        <p className="mt-1 mb-6 text-sm text-slate-700">{lead}</p>
        {children}
      </div>
    </main>
  );
}
