import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Time } from "@/components/dates/time";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { listEmailTemplates } from "@/db/queries/candidate-mail";
import { requireMember } from "@/server/auth/session";

export const metadata: Metadata = { title: "Email templates" };

export default async function EmailTemplatesPage() {
  const member = await requireMember("mail.templates");
  const templates = await listEmailTemplates(member.organizationId);
  return (
    <>
      <Breadcrumbs items={[{ href: "/settings", label: "Settings" }]} />
      <div className="mt-2 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Email templates</h1>
        <Link href="/settings/email-templates/new" className={buttonClasses("primary")}>
          New template
        </Link>
      </div>
      <p className="mt-1 max-w-2xl text-sm text-fg-muted">
        Recruiters start an email to a candidate from one of these. Candor fills in the merge fields for each candidate.
      </p>
      <div className="mt-6">
        {templates.length === 0 ? (
          <EmptyState title="No templates yet">Create one for the emails you send often: an invitation to talk, a request for references.</EmptyState>
        ) : (
          <ul aria-label="Templates" className="flex flex-col gap-3">
            {templates.map((template) => (
              <li key={template.id} className="rounded-lg border border-line bg-surface p-4">
                <p className="font-medium">
                  <Link href={`/settings/email-templates/${template.id}`} className="text-accent-strong underline">
                    {template.name}
                  </Link>
                  {template.decision && <span className="ml-2 text-sm text-fg-muted">(about a decision)</span>}
                </p>
                <p className="mt-1 text-sm break-words text-fg-muted">Subject: {template.subject}</p>
                <p className="mt-1 text-xs text-fg-muted">
                  Changed <Time value={template.updatedAt} />
                </p>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
