"use client";

import { useRouter } from "next/navigation";
import { useTransition, type FormEvent } from "react";

/**
 * A plain GET form (it works without JavaScript); with JavaScript it drops empty fields from the URL
 * and updates the results without reloading the page.
 */
export function FiltersForm({ action, children }: { action: string; children: React.ReactNode }) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const query = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) {
      if (typeof value === "string" && value.trim() !== "") query.set(name, value.trim());
    }
    const search = query.toString();
    startTransition(() => router.push(search ? `${action}?${search}` : action, { scroll: false }));
  }

  return (
    <form
      action={action}
      method="get"
      role="search"
      aria-label="Filter jobs"
      aria-busy={isPending}
      onSubmit={submit}
      className="grid grid-cols-2 gap-4 rounded-lg border border-slate-200 bg-white p-4 lg:grid-cols-3"
    >
      {children}
    </form>
  );
}
