import type { EmailSummary } from "@/db/queries/outbox";

type Shown = { label: string; tone: string };

const held: Shown = { label: "Held", tone: "bg-amber-50 text-amber-900 ring-amber-600/30" };
const queued: Shown = { label: "Queued", tone: "bg-sky-50 text-sky-900 ring-sky-600/30" };
const retrying: Shown = { label: "Retrying", tone: "bg-amber-50 text-amber-900 ring-amber-600/30" };
const shown: Record<Exclude<EmailSummary["status"], "pending">, Shown> = {
  sent: { label: "Sent", tone: "bg-emerald-50 text-emerald-800 ring-emerald-600/30" },
  failed: { label: "Failed", tone: "bg-red-50 text-red-800 ring-red-600/30" },
  cancelled: { label: "Cancelled", tone: "bg-slate-100 text-slate-700 ring-slate-500/30" },
};

/** A pending message is "Held" while no SMTP server is configured: it waits in the outbox, unsent. */
export function EmailStatusBadge({ email, deliveryConfigured }: { email: Pick<EmailSummary, "status" | "attempts">; deliveryConfigured: boolean }) {
  const { label, tone } =
    email.status !== "pending" ? shown[email.status] : !deliveryConfigured ? held : email.attempts > 0 ? retrying : queued;
  return <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tone}`}>{label}</span>;
}
