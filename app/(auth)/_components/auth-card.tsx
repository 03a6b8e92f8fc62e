import type { ReactNode } from "react";

/** The centred card of the sign-in pages: Candor's name, a heading, a line under it, then the form. */
export function AuthCard({ title, lead, children }: { title: string; lead: string; children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center bg-canvas p-4 sm:p-6">
      <div className="w-full max-w-sm rounded-xl border border-line bg-surface p-6 shadow-xs sm:p-8">
        <p className="flex items-center gap-2 text-lg font-bold text-accent">
          <span aria-hidden="true" className="flex size-7 items-center justify-center rounded-md bg-accent text-sm text-white">
            C
          </span>
          Candor
        </p>
        <h1 className="mt-4 text-2xl font-bold">{title}</h1>
        <p className="mt-1 mb-6 text-sm text-fg-muted">{lead}</p>
        {children}
      </div>
    </main>
  );
}
