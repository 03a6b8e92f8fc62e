import { absoluteUrl } from "@/lib/careers/absolute-url";
import { buildRssFeed, RSS_CONTENT_TYPE } from "@/lib/careers/feed";
import { careersPath, feedPath, postingPath } from "@/lib/careers/urls";
import { markdownToText } from "@/lib/markdown";
import { careersFeedResponse } from "@/server/careers/feed-response";

// Stored after the first request like the careers page (converting every description to text on each
// poll would cost several times a cached page), until a public change is announced or this many seconds.
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

/** RSS 2.0 feed of an organisation's open postings, newest first. */
export async function GET(_request: Request, { params }: RouteContext<"/careers/[org]/feed.xml">) {
  return careersFeedResponse((await params).org, RSS_CONTENT_TYPE, ({ organization, jobs }) => {
    const newest = jobs.reduce((latest, job) => Math.max(latest, job.updatedAt.getTime()), 0);
    return buildRssFeed({
      title: `Jobs at ${organization.name}`,
      link: absoluteUrl(careersPath(organization.slug)),
      selfUrl: absoluteUrl(feedPath(organization.slug)),
      description: `Open positions at ${organization.name}.`,
      lastBuildDate: newest ? new Date(newest) : new Date(),
      items: jobs.map((job) => ({
        title: job.title,
        link: absoluteUrl(postingPath(organization.slug, job.slug)),
        guid: `${absoluteUrl(careersPath(organization.slug))}#job-${job.publicId}`,
        pubDate: job.publishedAt ?? job.createdAt,
        description: markdownToText(job.descriptionMd),
        category: job.department,
      })),
    });
  });
}
