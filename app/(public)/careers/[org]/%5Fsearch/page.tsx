import { notFound } from "next/navigation";
import { getCareersSite } from "@/server/cache/public";
import { parseCareersFilters } from "@/lib/careers/filters";
import { CareersListing, careersMetadata } from "../_components/careers-listing";

// /careers/{org}?workplace=remote&q=... lands here through a rewrite in proxy.ts; the address bar
// keeps the public URL. Filter combinations are endless, so these are rendered per request (from the
// cached job list) instead of being stored like the plain page.
export async function generateMetadata({ params }: PageProps<"/careers/[org]/_search">) {
  return careersMetadata((await params).org);
}

export default async function FilteredCareersPage({ params, searchParams }: PageProps<"/careers/[org]/_search">) {
  const site = await getCareersSite((await params).org);
  if (!site) notFound();
  return <CareersListing site={site} filters={parseCareersFilters(await searchParams)} />;
}
