import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { db } from "@/db/client";
import { listEmailRecipients, listEmailTemplates } from "@/db/queries/candidate-mail";
import { requireMember, type Member } from "@/server/auth/session";
import { firstNameOf } from "@/lib/mail/merge-fields";
import { recipientProblem } from "@/lib/mail/recipients";
import { jobScope } from "@/lib/permissions";
import { MAX_BULK_RECIPIENTS } from "@/lib/validation/mail";
import { ComposeForm } from "./_components/compose-form";

const ids = z.preprocess((v) => (Array.isArray(v) ? v : v === undefined ? [] : [v]), z.array(z.uuid()).min(1).max(MAX_BULK_RECIPIENTS));

// Once per request: the metadata and the page both need it.
const loadRecipients = cache(async (member: Member, raw: unknown) => {
  const parsed = ids.safeParse(raw);
  if (!parsed.success) return null;
  const applicationIds = [...new Set(parsed.data)];
  const recipients = await listEmailRecipients(db(), jobScope(member, "mail.send"), applicationIds);
  return recipients.length === applicationIds.length ? { applicationIds, recipients } : null;
});

export async function generateMetadata({ searchParams }: PageProps<"/email/new">): Promise<Metadata> {
  const member = await requireMember("mail.send");
  // Here, not only in the page: metadata is resolved before streaming starts, so the response is a real 404
  // (which is also why this page has no loading.tsx: its boundary would start the response first).
  if (!(await loadRecipients(member, (await searchParams).a))) notFound();
  return { title: "Email candidates" };
}

/**
 * Compose an email to one application (from the profile or the application page) or to the cards
 * selected on a board (?a=<application id>, repeated). Ids outside the member's reach are a 404.
 */
export default async function ComposeEmailPage({ searchParams }: PageProps<"/email/new">) {
  const member = await requireMember("mail.send");
  const [loaded, templates] = await Promise.all([loadRecipients(member, (await searchParams).a), listEmailTemplates(member.organizationId)]);
  if (!loaded) notFound();
  const { applicationIds, recipients } = loaded;
  const first = recipients[0]!;
  // The preview shows a message someone will get: not a deleted candidate's or a withdrawn application's.
  const previewed = recipients.find((r) => recipientProblem(r, true) === null) ?? first;
  const candidates = new Set(recipients.map((r) => r.candidateId));
  const jobs = new Set(recipients.map((r) => r.jobId));
  const back =
    candidates.size === 1
      ? { href: `/candidates/${first.candidateId}`, label: first.gone ? "Candidate" : first.name }
      : jobs.size === 1
        ? { href: `/jobs/${first.jobId}/pipeline`, label: `${first.jobTitle} pipeline` }
        : { href: "/candidates", label: "Candidates" };

  return (
    <>
      <Breadcrumbs items={[back]} />
      <h1 className="mt-2 text-2xl font-bold">{recipients.length === 1 ? `Email ${first.gone ? "this candidate" : first.name}` : `Email ${recipients.length} candidates`}</h1>
      <ComposeForm
        applicationIds={applicationIds}
        back={back}
        recipients={recipients.map((r) => ({
          applicationId: r.applicationId,
          label: r.gone ? "A deleted candidate" : `${r.name} <${r.email}>`,
          jobTitle: r.jobTitle,
          decisionsOnly: r.decisionsOnly,
          gone: r.gone,
          status: r.status,
        }))}
        templates={templates.map(({ id, name, subject, body, decision }) => ({ id, name, subject, body, decision }))}
        preview={{
          candidate_first_name: firstNameOf(previewed.name),
          candidate_name: previewed.name,
          job_title: previewed.jobTitle,
          organization_name: member.organizationName,
          status_link: "(their private status link)",
          recruiter_name: member.name,
        }}
        timeZone={member.timeZone}
      />
    </>
  );
}
