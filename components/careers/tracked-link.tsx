import Link from "next/link";
import type { ComponentProps } from "react";

type Props = Omit<ComponentProps<typeof Link>, "href"> & {
  href: string;
  /** Also carry the other site the visitor came from (document.referrer): the apply link does, a posting link does not. */
  carryReferrer?: boolean;
};

/**
 * A link on a stored careers page that takes the visit's attribution along: the campaign tags (utm_…,
 * source) of this page's address and, with `carryReferrer`, the other site that sent the visitor
 * (lib/applications/attribution.ts). The server renders the plain address, the same for every visitor,
 * so the page stays cacheable; CareersScript, once per page, adds the query in the browser
 * (lib/careers/careers-script.ts). Without JavaScript the plain link is followed, and the apply
 * page finds the campaign tags in this page's address, its Referer.
 */
export function TrackedLink({ href, carryReferrer = false, ...props }: Props) {
  return <Link href={href} data-tracked={carryReferrer ? "referrer" : ""} prefetch={false} {...props} />;
}

/**
 * The script that fills in the page's tracked links and shortens its searches (lib/careers/careers-script.ts,
 * served by app/careers.js). Only on pages served without Next's runtime, whose script policy allows
 * scripts from our origin (lib/careers/client-runtime.mjs); a page rendered with a nonce would refuse it.
 */
export function CareersScript() {
  // async: React hoists it into the head, out of the page's <main>, once per page.
  return <script src="/careers.js" async />;
}
