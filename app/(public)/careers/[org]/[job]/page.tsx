import type { Metadata } from "next";
import { TrackedLink, CareersScript } from "@/components/careers/tracked-link";
import { LocalTime, LocalTimeScript } from "@/components/careers/local-time";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { buttonClasses } from "@/components/ui/button";
import { absoluteLogoUrl, absoluteUrl } from "@/lib/careers/absolute-url";
import { findCareersPosting } from "@/server/cache/public";
import { careersPageMetadata } from "@/lib/careers/metadata";
import { applyPath, careersPath, postingPath } from "@/lib/careers/urls";
import { formatDate } from "@/lib/format";
import { employmentTypeLabels, formatPayRange, workplaceTypeLabels } from "@/lib/jobs/format";
import { markdownToText } from "@/lib/markdown";
import { CareersMain } from "../_components/careers-main";
import { MarkdownBody } from "@/components/careers/markdown-body";
import { WithoutClientRuntime } from "@/components/careers/without-client-runtime";
import { JobPostingJsonLd } from "./_components/job-posting-json-ld";
import { NotFoundSignal } from "./_components/not-found-signal";
import { PostingUnavailable } from "./_components/posting-unavailable";

// Incremental static regeneration: each posting is rendered on its first visit, then served as a
// stored page until a public change is announced on any server (server/cache/public.ts), or this many
// seconds (CAREERS_REVALIDATE_SECONDS) pass.
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/careers/[org]/[job]">): Promise<Metadata> {
  const { org, job: jobSlug } = await params;
  const posting = await findCareersPosting(org, jobSlug);
  if (!posting) return { title: { absolute: "Job not found" } };
  const { organization, job, closed } = posting;
  if (closed) return { title: { absolute: `${job.title} at ${organization.name} (closed)` } };
  return careersPageMetadata({
    path: postingPath(organization.slug, job.slug),
    title: `${job.title} at ${organization.name}`,
    description: summary(job.descriptionMd),
    organization,
  });
}

/** The first words of the description, for search results and link previews. */
function summary(markdown: string, length = 200): string {
  const text = markdownToText(markdown).replace(/\s+/g, " ");
  return text.length <= length ? text : `${text.slice(0, length - 1).replace(/\s+\S*$/, "")}…`;
}

export default async function PostingPage({ params }: PageProps<"/careers/[org]/[job]">) {
  const { org, job: jobSlug } = await params;
  const posting = await findCareersPosting(org, jobSlug);
  // Closed postings are 404s too, saying that the job has closed rather than that it never existed.
  if (!posting || posting.closed) {
    const closed = posting && { title: posting.job.title, organizationName: posting.organization.name };
    return (
      <CareersMain>
        <PostingUnavailable closed={closed} careersHref={careersPath(org)} />
        <NotFoundSignal />
      </CareersMain>
    );
  }
  const { organization, job } = posting;
  const pay = formatPayRange(job);
  const postedAt = job.publishedAt ?? job.createdAt;
  const facts: [string, React.ReactNode][] = [
    ["Department", job.department],
    ["Location", job.location],
    ["Workplace", workplaceTypeLabels[job.workplaceType]],
    ["Employment type", employmentTypeLabels[job.employmentType]],
    ["Pay", pay],
    ["Posted", <LocalTime key="posted" value={postedAt} date />],
    // A calendar day, stored at UTC midnight: the same day wherever the visitor is, so not rewritten.
    ["Apply by", job.closesAt && <time key="closes" dateTime={job.closesAt.toISOString()}>{formatDate(job.closesAt)}</time>],
  ];

  // The local-time script goes after <main>, which holds the posting alone and never a script.
  return (
    <>
    <CareersMain>
      <Breadcrumbs items={[{ href: careersPath(organization.slug), label: "All open positions" }]} />
      <article className="mt-4">
        <h1 className="text-3xl font-bold">{job.title}</h1>
        <dl className="mt-6 grid grid-cols-1 gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
          {facts
            .filter(([, value]) => Boolean(value))
            .map(([term, value]) => (
              <div key={term}>
                <dt className="text-sm text-slate-600">{term}</dt>
                <dd className="font-medium text-slate-900">{value}</dd>
              </div>
            ))}
        </dl>
        <TrackedLink href={applyPath(organization.slug, job.slug)} carryReferrer className={buttonClasses("brand", "mt-6")}>
          Apply for this job
        </TrackedLink>
        <div className="mt-4">
          <MarkdownBody markdown={job.descriptionMd} />
        </div>
        {/* Again after the description, for the reader who got to its end (on a phone, a long way from the first). */}
        <TrackedLink href={applyPath(organization.slug, job.slug)} carryReferrer className={buttonClasses("brand", "mt-8")}>
          Apply for {job.title}
        </TrackedLink>
        <CareersScript />
        <WithoutClientRuntime />
      </article>
      <JobPostingJsonLd job={job} organization={{ ...organization, logoUrl: absoluteLogoUrl(organization.logoUrl) }} url={absoluteUrl(postingPath(organization.slug, job.slug))} />
    </CareersMain>
    <LocalTimeScript />
    </>
  );
}
