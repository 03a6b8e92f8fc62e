"use client";

import Link from "next/link";
import { useSyncExternalStore, type ComponentProps } from "react";
import { linkWithTracking } from "@/lib/applications/attribution";

type Props = Omit<ComponentProps<typeof Link>, "href"> & {
  href: string;
  /** Also carry the other site the visitor came from (document.referrer): the apply link does, a posting link does not. */
  carryReferrer?: boolean;
};

// The values read never change while the page is shown: nothing to subscribe to.
const subscribe = () => () => {};

/**
 * A link on a stored careers page that takes the visit's attribution along: the campaign tags (utm_…,
 * source) of this page's address and, with `carryReferrer`, the other site that sent the visitor
 * (lib/applications/attribution.ts). The server renders the plain address, the same for every visitor,
 * so the page stays cacheable and its script policy unchanged (no inline script: this is part of the
 * page's bundle); the browser adds the query once the page runs. Without JavaScript the plain link is
 * followed, and the apply page finds the campaign tags in this page's address, its Referer.
 */
export function TrackedLink({ href, carryReferrer = false, ...props }: Props) {
  const tracked = useSyncExternalStore(
    subscribe,
    () => linkWithTracking(href, { search: window.location.search, referrer: carryReferrer ? document.referrer : undefined, ownHost: window.location.host }),
    () => href,
  );
  return <Link href={tracked} {...props} />;
}
