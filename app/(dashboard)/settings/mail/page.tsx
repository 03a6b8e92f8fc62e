import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Time } from "@/components/dates/time";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { listRecentEmails } from "@/db/queries/outbox";
import { requireMember } from "@/server/auth/session";
import { isMailDeliveryConfigured } from "@/server/mail/transport";
import { EmailStatusBadge } from "./_components/email-status-badge";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "Outgoing mail" };

const SHOWN = 100;

export default async function OutgoingMailPage() {
  const member = await requireMember("mail.read");
  const emails = await listRecentEmails(member.organizationId, SHOWN);
  const deliveryConfigured = isMailDeliveryConfigured();

  return (
    <>
      <Breadcrumbs items={[{ href: "/settings", label: "Settings" }]} />
      <h1 className="mt-2 text-2xl font-bold">Outgoing mail</h1>
      <p className="mt-1 text-sm text-slate-700">
        Emails Candor has queued for {member.organizationName}, newest first{emails.length === SHOWN && ` (the latest ${SHOWN})`}.
      </p>

      {!deliveryConfigured && (
        <section aria-labelledby="delivery-off-heading" className="mt-6 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
          <h2 id="delivery-off-heading" className="font-semibold">
            Email is not being delivered
          </h2>
          <p className="mt-1">
            <code>SMTP_URL</code> is not set, so messages are kept here instead of being sent. Once it is set, Candor sends the
            held messages too.
          </p>
        </section>
      )}

      <div className="mt-6">
        {emails.length === 0 ? (
          <EmptyState title="No emails yet">
            Confirmations and other messages to candidates will appear here once Candor sends them.
          </EmptyState>
        ) : (
          <DataTable
            label="Outgoing emails"
            caption="Outgoing emails, newest first"
            columns={["Subject", "To", "Status", { label: "Attempts", align: "right" }, "Created", "Sent"]}
          >
            {emails.map((email) => (
              <tr key={email.id}>
                <td className="min-w-48 px-4 py-3">
                  <Link href={`/settings/mail/${email.id}`} className="font-medium text-indigo-700 hover:underline">
                    {email.subject}
                  </Link>
                </td>
                <td className="px-4 py-3 text-slate-700">{email.to}</td>
                <td className="px-4 py-3">
                  <EmailStatusBadge email={email} deliveryConfigured={deliveryConfigured} />
                  {email.lastError && (
                    // The whole error is on the message's own page.
                    <span className="mt-1 block max-w-48 truncate text-xs text-slate-700" title={email.lastError}>
                      <span className="sr-only">Last error: </span>
                      {email.lastError}
                    </span>
                  )}
                </td>
                <td className="px-4 py-3 text-right tabular-nums">{email.attempts}</td>
                <td className="px-4 py-3 text-slate-700"><Time value={email.createdAt} /></td>
                <td className="px-4 py-3 text-slate-700"><Time value={email.sentAt} /></td>
              </tr>
            ))}
          </DataTable>
        )}
      </div>
    </>
  );
}
