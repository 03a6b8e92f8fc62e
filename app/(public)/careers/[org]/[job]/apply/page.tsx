import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MarkdownBody } from "@/components/careers/markdown-body";
import { env } from "@/lib/env";
import { loadApplyForm } from "@/server/cache/public";
import { CareersMain } from "../../_components/careers-main";
import { applyAction } from "./actions";
import { ApplicationForm } from "./_components/application-form";

export async function generateMetadata({ params }: PageProps<"/careers/[org]/[job]/apply">): Promise<Metadata> {
  const { org, job } = await params;
  const loaded = await loadApplyForm(org, job);
  return loaded
    ? { title: `Apply: ${loaded.job.title} at ${loaded.organization.name}`, robots: { index: false } }
    : { title: "Job not found" };
}

const trackingParameters = ["source", "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content"] as const;

export default async function ApplyPage({ params, searchParams }: PageProps<"/careers/[org]/[job]/apply">) {
  const { org, job: jobSlug } = await params;
  const loaded = await loadApplyForm(org, jobSlug);
  if (!loaded) notFound();
  const { organization, job, questions } = loaded;

  const query = await searchParams;
  const tracking: Record<string, string> = {};
  for (const key of trackingParameters) {
    const value = query[key];
    if (typeof value === "string" && value) tracking[key] = value.slice(0, 500);
  }
  // Where the applicant came from, unless it is this site itself (e.g. the posting page).
  const referer = (await headers()).get("referer");
  if (referer && !referer.startsWith(env().APP_URL) && !referer.includes(`/careers/${org}`)) tracking.referrer = referer.slice(0, 500);

  const postingUrl = `/careers/${organization.slug}/${job.slug}`;
  return (
    // The careers frame's width, so the form lines up with the header; the form itself stays a readable column.
    <CareersMain>
      <div className="max-w-2xl">
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link href={postingUrl} className="text-brand underline-offset-4 hover:underline">
            ← Back to the job description
          </Link>
        </nav>
        <h1 className="mt-4 text-3xl font-bold">Apply for {job.title}</h1>
        <p className="mt-2 text-slate-700">
          {organization.name}
          {job.location ? ` · ${job.location}` : ""}. No account needed; fields marked * are required.
        </p>
        <ApplicationForm
          action={applyAction.bind(null, organization.slug, job.slug)}
          submitUrl={`/api/careers/${organization.slug}/jobs/${job.slug}/applications`}
          organizationName={organization.name}
          privacyNoticeUrl={organization.privacyNoticeUrl ?? `/careers/${organization.slug}/privacy`}
          privacyNotice={organization.privacyNoticeMd ? <MarkdownBody markdown={organization.privacyNoticeMd} /> : undefined}
          questions={questions}
          idempotencyKey={randomUUID()}
          tracking={tracking}
        />
      </div>
    </CareersMain>
  );
}
