import type { Metadata } from "next";
import Link from "next/link";
import { CareersFrame } from "@/components/careers/careers-frame";
import { getCareersSite } from "@/server/cache/public";
import { careersPath } from "@/lib/careers/urls";

export const metadata: Metadata = { title: "Your data was deleted", robots: { index: false } };

/**
 * Where "Delete my data" ends, framed as the organisation's careers site (?organization=<slug>), as the
 * status page was. An unknown or missing organisation just leaves the frame out: nothing here is private.
 */
export default async function DataDeletedPage({ searchParams }: PageProps<"/status/deleted">) {
  const { organization: slug } = await searchParams;
  const site = typeof slug === "string" ? await getCareersSite(slug) : null;
  const message = (
    <main className="mx-auto max-w-2xl px-4 py-16 text-center">
      <h1 className="text-3xl font-bold">Your data was deleted</h1>
      <p className="mt-3 text-slate-700">
        Your name, contact details, files and answers have been removed, and erased wherever they were copied. Your status link no longer works. Thank you for your interest.
      </p>
      {site && (
        <p className="mt-6">
          <Link href={careersPath(site.organization.slug)} className="font-medium text-brand hover:underline">
            See open positions at {site.organization.name}
          </Link>
        </p>
      )}
    </main>
  );
  return <CareersFrame organization={site?.organization ?? null}>{message}</CareersFrame>;
}
