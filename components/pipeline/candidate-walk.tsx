"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { ApplicationNeighbour } from "@/lib/board/types";

type Direction = "previous" | "next";

/** How the last walk was made, so the page it opens can put focus back on the same link (the old link is gone). */
let arrivedBy: Direction | null = null;

export type WalkLinks = { previous: (ApplicationNeighbour & { href: string }) | null; next: (ApplicationNeighbour & { href: string }) | null };

/** j/k: the same as the links. */
export function useWalk() {
  const router = useRouter();
  return (links: WalkLinks, direction: Direction) => {
    const to = links[direction];
    if (!to) return;
    arrivedBy = direction;
    router.push(to.href);
  };
}

const linkClasses =
  "inline-flex min-w-0 items-center gap-1 rounded-md border border-line-strong bg-surface px-2.5 py-1.5 text-sm font-medium text-fg hover:bg-surface-muted";

/**
 * Previous and next candidate in this stage, in the board's order: a recruiter walks a stage one
 * applicant after another. At either end the link is there but disabled, so the layout does not jump.
 */
export function CandidateWalk({ links, headingId }: { links: WalkLinks; headingId: string }) {
  useEffect(() => {
    const direction = arrivedBy;
    arrivedBy = null;
    if (!direction || (document.activeElement && document.activeElement !== document.body)) return;
    // Walking on: focus the link just used on the new page, or the heading when this is the end of the stage.
    const link = document.querySelector<HTMLElement>(`[data-walk="${direction}"][href]`);
    (link ?? document.getElementById(headingId))?.focus();
  }, [headingId]);

  return (
    <nav aria-label="Candidates in this stage" className="flex shrink-0 flex-wrap gap-2">
      {(["previous", "next"] as const).map((direction) => {
        const to = links[direction];
        const label = direction === "previous" ? "Previous" : "Next";
        const icon = direction === "previous" ? <ChevronLeft aria-hidden="true" className="size-4 shrink-0" /> : <ChevronRight aria-hidden="true" className="size-4 shrink-0" />;
        if (!to) {
          return (
            <a
              key={direction}
              role="link"
              aria-disabled="true"
              aria-label={`${label} candidate: none, this is the ${direction === "previous" ? "first" : "last"} in the stage`}
              data-walk={direction}
              className={`${linkClasses} cursor-not-allowed text-fg-subtle hover:bg-surface`}
            >
              {direction === "previous" && icon}
              {label}
              {direction === "next" && icon}
            </a>
          );
        }
        return (
          <Link
            key={direction}
            href={to.href}
            data-walk={direction}
            aria-label={`${label} candidate: ${to.displayName}`}
            aria-keyshortcuts={direction === "previous" ? "k" : "j"}
            onClick={() => (arrivedBy = direction)}
            className={linkClasses}
          >
            {direction === "previous" && icon}
            {label}
            <span className="max-w-40 truncate font-normal text-fg-muted max-sm:hidden">{to.displayName}</span>
            {direction === "next" && icon}
          </Link>
        );
      })}
    </nav>
  );
}
