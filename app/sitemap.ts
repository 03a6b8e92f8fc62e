import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/careers/absolute-url";
import { getSitemapEntries } from "@/server/cache/public";
import { careersPath, postingPath } from "@/lib/careers/urls";

// Rendered per request from cached data, never at build time: the build has no database to read.
export const dynamic = "force-dynamic";

/** Every organisation's careers page and every posting that takes applications. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { organizations, jobs } = await getSitemapEntries();
  const newestJob = new Map<string, Date>();
  for (const job of jobs) {
    const newest = newestJob.get(job.organizationSlug);
    if (!newest || job.updatedAt > newest) newestJob.set(job.organizationSlug, job.updatedAt);
  }
  return [
    ...organizations.map((organization) => {
      const jobChange = newestJob.get(organization.slug);
      return {
        url: absoluteUrl(careersPath(organization.slug)),
        lastModified: jobChange && jobChange > organization.updatedAt ? jobChange : organization.updatedAt,
        changeFrequency: "daily" as const,
      };
    }),
    ...jobs.map((job) => ({
      url: absoluteUrl(postingPath(job.organizationSlug, job.slug)),
      lastModified: job.updatedAt,
      changeFrequency: "weekly" as const,
    })),
  ];
}
