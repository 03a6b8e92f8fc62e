import { absoluteUrl } from "@/lib/careers/absolute-url";
import { buildIndeedFeed, INDEED_CONTENT_TYPE } from "@/lib/careers/indeed-feed";
import { careersPath, postingPath } from "@/lib/careers/urls";
import { careersFeedResponse } from "@/server/careers/feed-response";

// Stored after the first request like the RSS feed beside it, until a public change is announced (a job
// published, edited or closed) or this many seconds pass.
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

/** Indeed's XML job feed of an organisation's open postings, newest first. */
export async function GET(_request: Request, { params }: RouteContext<"/careers/[org]/indeed.xml">) {
  return careersFeedResponse((await params).org, INDEED_CONTENT_TYPE, ({ organization, jobs }) =>
    buildIndeedFeed({
      company: organization.name,
      publisherUrl: absoluteUrl(careersPath(organization.slug)),
      lastBuildDate: new Date(),
      jobs: jobs.map((job) => ({ ...job, url: absoluteUrl(postingPath(organization.slug, job.slug)) })),
    }),
  );
}
