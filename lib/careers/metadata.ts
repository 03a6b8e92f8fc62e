import "server-only";
import type { Metadata } from "next";
import { absoluteUrl } from "./absolute-url";

/** Title, description, canonical URL and OpenGraph card for a public careers page. */
export function careersPageMetadata({
  path,
  title,
  description,
  organization,
  feeds,
}: {
  path: string;
  title: string;
  description: string;
  // The logo must already be a checked http(s) URL (server/cache/public-reads.ts keeps only those).
  organization: { name: string; logoUrl: string | null };
  feeds?: NonNullable<Metadata["alternates"]>["types"];
}): Metadata {
  const url = absoluteUrl(path);
  return {
    title: { absolute: title },
    description,
    alternates: { canonical: url, ...(feeds && { types: feeds }) },
    openGraph: {
      type: "website",
      url,
      title,
      description,
      siteName: organization.name,
      ...(organization.logoUrl && { images: [{ url: organization.logoUrl, alt: organization.name }] }),
    },
  };
}
