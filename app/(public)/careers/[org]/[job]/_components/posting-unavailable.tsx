"use client";

import Link from "next/link";
import { createContext, useContext } from "react";
import { NotFoundMessage } from "@/components/ui/not-found-message";

/**
 * A closed posting answers 404 like a missing one, but its visitors should learn that the job existed
 * and has closed. not-found.tsx receives no props, so the layout, which knows the posting, hands it
 * down through this context.
 */
export type ClosedPosting = { title: string; organizationName: string };

const ClosedPostingContext = createContext<ClosedPosting | null>(null);

export function ClosedPostingProvider({ value, children }: { value: ClosedPosting | null; children: React.ReactNode }) {
  return <ClosedPostingContext value={value}>{children}</ClosedPostingContext>;
}

export function useClosedPosting(): ClosedPosting | null {
  return useContext(ClosedPostingContext);
}

/** What a posting URL shows when there is no open posting there: closed, or never published. */
export function PostingUnavailable({ closed, careersHref }: { closed: ClosedPosting | null; careersHref: string }) {
  if (!closed) return <NotFoundMessage homeHref={careersHref} homeLabel="See all open positions" />;
  return (
    <div className="mx-auto flex max-w-lg flex-col items-center gap-4 py-16 text-center">
      <p className="text-sm font-semibold text-slate-600">{closed.title}</p>
      <h1 className="text-2xl font-bold">This position is no longer accepting applications</h1>
      <p className="text-slate-700">Thank you for your interest. {closed.organizationName} may have other roles for you.</p>
      <Link href={careersHref} className="font-medium text-brand underline underline-offset-4 hover:text-brand-strong">
        See all open positions at {closed.organizationName}
      </Link>
    </div>
  );
}
