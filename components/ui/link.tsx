"use client";

import NextLink from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps, FocusEvent, MouseEvent, TouchEvent } from "react";

/**
 * The dashboard's link: `next/link`, prefetching the page it leads to when the person points at it,
 * focuses it or touches it, not as soon as it is on screen. Next prefetches every link in view by
 * default, and the dashboard's pages are rendered for each person: the navigation and a table of jobs or
 * candidates made about 30 requests to the server per page view, and the server spent about 3.5 times
 * the CPU of the page views themselves on them (five pages, prefetching on and blocked, alternated).
 * Navigation stays client-side either way. Public pages keep `next/link`: they are served from storage.
 */
export function Link({ href, prefetch, onMouseEnter, onFocus, onTouchStart, ...props }: ComponentProps<typeof NextLink>) {
  const router = useRouter();
  const target = typeof href === "string" ? href : null;
  const onIntent = () => {
    if (prefetch !== false && target?.startsWith("/")) router.prefetch(target);
  };
  return (
    <NextLink
      href={href}
      prefetch={false}
      onMouseEnter={(event: MouseEvent<HTMLAnchorElement>) => {
        onIntent();
        onMouseEnter?.(event);
      }}
      onFocus={(event: FocusEvent<HTMLAnchorElement>) => {
        onIntent();
        onFocus?.(event);
      }}
      onTouchStart={(event: TouchEvent<HTMLAnchorElement>) => {
        onIntent();
        onTouchStart?.(event);
      }}
      {...props}
    />
  );
}

export default Link;
