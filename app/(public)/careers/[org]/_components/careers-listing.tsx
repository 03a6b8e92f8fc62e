import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MarkdownBody } from "@/components/careers/markdown-body";
import { CareersScript } from "@/components/careers/tracked-link";
import { WithoutClientRuntime } from "@/components/careers/without-client-runtime";
import { EmptyState } from "@/components/ui/empty-state";
import { absoluteUrl } from "@/lib/careers/absolute-url";
import { getCareersSite, type CareersSite } from "@/server/cache/public";
import { countLabel, filterJobs, filterOptions, hasActiveFilters, type CareersFilters } from "@/lib/careers/filters";
import { careersPageMetadata } from "@/lib/careers/metadata";
import { careersPath, feedPath } from "@/lib/careers/urls";
import { CareersMain } from "./careers-main";
import { JobFilters } from "./job-filters";
import { JobList } from "./job-list";

/** Metadata shared by the plain and the filtered careers page: to a search engine they are one page. */
export async function careersMetadata(orgSlug: string): Promise<Metadata> {
  const site = await getCareersSite(orgSlug);
  if (!site) notFound();
  const { organization, jobs } = site;
  const title = `Jobs at ${organization.name}`;
  return careersPageMetadata({
    path: careersPath(organization.slug),
    title,
    description: `${countLabel(jobs.length)} at ${organization.name}. Find your role and apply online.`,
    organization,
    feeds: { "application/rss+xml": [{ url: absoluteUrl(feedPath(organization.slug)), title: `${title} (RSS)` }] },
  });
}

/** The careers page body: filters, the number of matches, and the matching jobs or an empty state. */
export function CareersListing({ site, filters }: { site: CareersSite; filters: CareersFilters }) {
  const { organization, jobs } = site;
  const isFiltered = hasActiveFilters(filters);
  const matches = filterJobs(jobs, filters);
  const { departments, locations } = filterOptions(jobs);
  const home = careersPath(organization.slug);

  return (
    <CareersMain>
      <h1 className="text-3xl font-bold">Open positions at {organization.name}</h1>
      {organization.careersIntroMd && (
        <section aria-label={`About ${organization.name}`} className="mt-2">
          <MarkdownBody markdown={organization.careersIntroMd} />
        </section>
      )}

      <div className="mt-6">
        <JobFilters action={home} filters={filters} departments={departments} locations={locations} isFiltered={isFiltered} />
      </div>

      <div className="mt-8 flex flex-wrap items-baseline justify-between gap-2">
        <p role="status" className="text-sm font-medium text-slate-700">
          {isFiltered ? `${matches.length} of ${countLabel(jobs.length)}` : countLabel(jobs.length)}
        </p>
        <a href={feedPath(organization.slug)} className="text-sm text-brand hover:underline">
          New jobs by RSS
        </a>
      </div>

      <div className="mt-4">
        {matches.length > 0 ? (
          <JobList orgSlug={organization.slug} jobs={matches} />
        ) : isFiltered ? (
          <EmptyState title="No open positions match your filters">
            <p>Try a different search or fewer filters.</p>
            <Link href={home} className="mt-3 inline-block font-medium text-brand underline underline-offset-4">
              Show all open positions
            </Link>
          </EmptyState>
        ) : (
          <EmptyState title="No open positions right now">
            New roles at {organization.name} will be listed here. Follow the RSS feed to hear about them first.
          </EmptyState>
        )}
      </div>
      <CareersScript />
      <WithoutClientRuntime />
    </CareersMain>
  );
}
