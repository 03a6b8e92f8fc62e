import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { Time } from "@/components/dates/time";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { findEmail } from "@/db/queries/outbox";
import { requireMember, type Member } from "@/server/auth/session";
import { isMailDeliveryConfigured } from "@/server/mail/transport";
import { EmailStatusBadge } from "../_components/email-status-badge";

async function loadEmail(member: Member, emailId: string) {
  // A malformed id is simply an email that does not exist, never a database error.
  const id = z.uuid().safeParse(emailId);
  return id.success ? findEmail(member.organizationId, id.data) : null;
}

export async function generateMetadata({ params }: PageProps<"/settings/mail/[emailId]">): Promise<Metadata> {
  const member = await requireMember("mail.read");
  const email = await loadEmail(member, (await params).emailId);
  return { title: email?.subject ?? "Email not found" };
}

export default async function OutgoingEmailPage({ params }: PageProps<"/settings/mail/[emailId]">) {
  const member = await requireMember("mail.read");
  const email = await loadEmail(member, (await params).emailId);
  if (!email) notFound();

  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/settings", label: "Settings" },
          { href: "/settings/mail", label: "Outgoing mail" },
        ]}
      />
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{email.subject}</h1>
        <EmailStatusBadge email={email} deliveryConfigured={isMailDeliveryConfigured()} />
      </div>

      <dl className="mt-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-6 text-sm">
        <dt className="font-medium text-slate-700">To</dt>
        <dd>{email.to}</dd>
        <dt className="font-medium text-slate-700">Created</dt>
        <dd><Time value={email.createdAt} /></dd>
        <dt className="font-medium text-slate-700">Sent</dt>
        <dd><Time value={email.sentAt} /></dd>
        {email.status === "pending" && (
          <>
            <dt className="font-medium text-slate-700">Not before</dt>
            <dd><Time value={email.sendAfter} /></dd>
          </>
        )}
        <dt className="font-medium text-slate-700">Attempts</dt>
        <dd className="tabular-nums">{email.attempts}</dd>
        {email.lastError && (
          <>
            <dt className="font-medium text-slate-700">Last error</dt>
            <dd className="break-words">{email.lastError}</dd>
          </>
        )}
        {email.attachments.length > 0 && (
          <>
            <dt className="font-medium text-slate-700">Attachments</dt>
            <dd>
              <ul>
                {email.attachments.map((a, i) => (
                  <li key={i}>
                    {a.filename} <span className="text-slate-600">({a.contentType})</span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>

      <section aria-labelledby="body-heading" className="mt-6">
        <h2 id="body-heading" className="text-lg font-semibold">
          Message
        </h2>
        {email.hasHtml && <p className="mt-1 text-sm text-slate-700">Shown as plain text; an HTML version is sent with it.</p>}
        <pre className="mt-3 rounded-lg border border-slate-200 bg-white p-6 font-sans text-sm whitespace-pre-wrap">
          {email.text}
        </pre>
      </section>
    </>
  );
}
