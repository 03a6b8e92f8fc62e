import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { applyPageTracking } from "@/lib/applications/attribution";
import { MarkdownBody } from "@/components/careers/markdown-body";
import { WithoutClientRuntime } from "@/components/careers/without-client-runtime";
import { env } from "@/lib/env";
import { FORM_REFUSALS, isFormRefusalReason } from "@/lib/request";
import { applicationHints } from "@/lib/validation/application-hints";
import { loadApplyForm } from "@/server/cache/public";
import { CareersMain } from "../../_components/careers-main";
import { applyAction } from "./actions";
import { applyStateOfThisRequest } from "./form-state";
import { ApplicationForm } from "./_components/application-form";

export async function generateMetadata({ params }: PageProps<"/careers/[org]/[job]/apply">): Promise<Metadata> {
  const { org, job } = await params;
  const loaded = await loadApplyForm(org, job);
  return loaded
    ? { title: `Apply: ${loaded.job.title} at ${loaded.organization.name}`, robots: { index: false } }
    : { title: "Job not found" };
}

export default async function ApplyPage({ params, searchParams }: PageProps<"/careers/[org]/[job]/apply">) {
  const { org, job: jobSlug } = await params;
  const loaded = await loadApplyForm(org, jobSlug);
  if (!loaded) notFound();
  const { organization, job, questions } = loaded;

  // Where the applicant came from, for the form's hidden fields: what the posting's apply link carried,
  // else the page that linked here (lib/applications/attribution.ts). This page is rendered per request.
  const query = new URLSearchParams(Object.entries(await searchParams).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : [])));
  const requestHeaders = await headers();
  const ownHosts = [new URL(env().APP_URL).host, requestHeaders.get("host") ?? ""].map((host) => host.toLowerCase());
  const tracking = applyPageTracking(query, requestHeaders.get("referer"), ownHosts);
  const refused = query.get("refused");
  // proxy.ts gave this page a script policy with a nonce: the enhancement script carries it, as 'strict-dynamic' asks.
  const nonce = /'nonce-([^']+)'/.exec(requestHeaders.get("content-security-policy") ?? "")?.[1];

  const postingUrl = `/careers/${organization.slug}/${job.slug}`;
  return (
    // The careers frame's width, so the form lines up with the header; the form itself stays a readable column.
    <CareersMain>
      {/* Plain HTML plus the one script below: sent without Next's client runtime (server/careers/public-pages.mjs). */}
      <WithoutClientRuntime />
      <div className="max-w-2xl">
        <nav aria-label="Breadcrumb" className="text-sm">
          {/* A plain link: the page runs no client router (no React in the browser). */}
          <a href={postingUrl} className="text-brand underline-offset-4 hover:underline">
            ← Back to the job description
          </a>
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
          hints={applicationHints(questions)}
          idempotencyKey={randomUUID()}
          tracking={tracking}
          state={await applyStateOfThisRequest()}
          refusedMessage={isFormRefusalReason(refused) ? FORM_REFUSALS[refused].message : undefined}
        />
        {/* The form's enhancement (upload progress, errors in place without a reload): one plain file, no framework.
            async, not defer: React hoists an async script and loads it when its client router brings this page
            (while Next's runtime still loads on careers pages); one it renders otherwise never runs. */}
        <script src="/js/apply-form.js" async nonce={nonce} />
      </div>
    </CareersMain>
  );
}
