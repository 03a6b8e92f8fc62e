import { StatusBadge, type BadgeTone } from "@/components/ui/status-badge";
import type { EmailSummary } from "@/db/queries/outbox";

type Shown = { label: string; tone: BadgeTone };

const held: Shown = { label: "Held", tone: "warning" };
const queued: Shown = { label: "Queued", tone: "info" };
const retrying: Shown = { label: "Retrying", tone: "warning" };
const shown: Record<Exclude<EmailSummary["status"], "pending">, Shown> = {
  sent: { label: "Sent", tone: "success" },
  failed: { label: "Failed", tone: "danger" },
  cancelled: { label: "Cancelled", tone: "neutral" },
};

/** A pending message is "Held" while no SMTP server is configured: it waits in the outbox, unsent. */
export function EmailStatusBadge({ email, deliveryConfigured }: { email: Pick<EmailSummary, "status" | "attempts">; deliveryConfigured: boolean }) {
  const { label, tone } =
    email.status !== "pending" ? shown[email.status] : !deliveryConfigured ? held : email.attempts > 0 ? retrying : queued;
  return <StatusBadge tone={tone}>{label}</StatusBadge>;
}
