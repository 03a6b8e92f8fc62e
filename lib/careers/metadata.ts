import "server-only";
import type { Metadata } from "next";
import { absoluteLogoUrl, absoluteUrl } from "./absolute-url";
import type { CareersOrganization } from "@/lib/careers/public-types";

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
  organization: Pick<CareersOrganization, "name" | "logoUrl">;
  feeds?: NonNullable<Metadata["alternates"]>["types"];
}): Metadata {
  const url = absoluteUrl(path);
  const logo = absoluteLogoUrl(organization.logoUrl);
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
      ...(logo && { images: [{ url: logo, alt: organization.name }] }),
    },
  };
}
