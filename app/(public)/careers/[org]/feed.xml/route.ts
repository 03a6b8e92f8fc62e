import { absoluteUrl } from "@/lib/careers/absolute-url";
import { getCareersSite } from "@/server/cache/public";
import { buildRssFeed, RSS_CONTENT_TYPE } from "@/lib/careers/feed";
import { careersPath, feedPath, postingPath } from "@/lib/careers/urls";
import { markdownToText } from "@/lib/markdown";

// Stored after the first request like the careers page (converting every description to text on each
// poll would cost several times a cached page), until a public change is announced or this many seconds.
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

/** RSS 2.0 feed of an organisation's open postings, newest first. */
export async function GET(_request: Request, { params }: RouteContext<"/careers/[org]/feed.xml">) {
  const site = await getCareersSite((await params).org);
  if (!site) return new Response("No careers page here.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { organization, jobs } = site;
  const newest = jobs.reduce((latest, job) => Math.max(latest, job.updatedAt.getTime()), 0);
  const xml = buildRssFeed({
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
  return new Response(xml, { headers: { "Content-Type": RSS_CONTENT_TYPE } });
}
