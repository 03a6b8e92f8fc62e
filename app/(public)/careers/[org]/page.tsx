import { notFound } from "next/navigation";
import { getCareersSite } from "@/server/cache/public";
import { CareersListing, careersMetadata } from "./_components/careers-listing";

// The unfiltered careers page is rendered once and stored (incremental static regeneration) until
// a change to its public data is announced (server/cache/public.ts) or this many seconds
// (CAREERS_REVALIDATE_SECONDS) pass. A query with a
// filter is rewritten to ./%5Fsearch (next.config.ts), which renders per request from cached data.
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/careers/[org]">) {
  return careersMetadata((await params).org);
}

export default async function CareersPage({ params }: PageProps<"/careers/[org]">) {
  const site = await getCareersSite((await params).org);
  if (!site) notFound();
  return <CareersListing site={site} filters={{}} />;
}
