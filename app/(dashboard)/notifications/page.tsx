import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { AtSign, BadgeCheck, CalendarClock, ClipboardCheck, FileSignature, HandCoins, MailOpen, type LucideIcon } from "lucide-react";
import { Time } from "@/components/dates/time";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBadge } from "@/components/ui/status-badge";
import { listNotifications, type NotificationItem } from "@/db/queries/notifications";
import { requireMember } from "@/server/auth/session";
import { MarkAllReadButton, MarkReadButton } from "./_components/notification-actions";

export const metadata: Metadata = { title: "Notifications" };

function headline(item: NotificationItem): string {
  const actor = item.actorName ?? "A former member";
  switch (item.type) {
    case "mention":
      return `${actor} mentioned you in a note about ${item.subject}`;
    case "interview_scheduled":
      return `Interview scheduled with ${item.subject}`;
    case "scorecard_due":
      return `Scorecard due for ${item.subject}`;
    case "offer_approval_due":
      return `${actor} asks you to approve an offer for ${item.subject}`;
    case "offer_decided":
      if (item.excerpt === "declined") return `${item.subject} declined the offer`;
      return item.excerpt === "rejected" ? `${actor} declined to approve the offer for ${item.subject}` : `The offer for ${item.subject} was approved and sent`;
    case "offer_accepted":
      return `${item.subject} accepted the offer: move them to Hired`;
    case "email_reply":
      return `${item.subject} replied by email`;
  }
}

const typeIcons: Record<NotificationItem["type"], LucideIcon> = {
  mention: AtSign,
  interview_scheduled: CalendarClock,
  scorecard_due: ClipboardCheck,
  offer_approval_due: HandCoins,
  offer_decided: FileSignature,
  offer_accepted: BadgeCheck,
  email_reply: MailOpen,
};

function TypeIcon({ type }: { type: NotificationItem["type"] }) {
  const Icon = typeIcons[type];
  return <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-fg-subtle" />;
}

export default async function NotificationsPage() {
  const member = await requireMember();
  const items = await listNotifications(member);
  const unread = items.filter((item) => !item.readAt).length;

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Notifications</h1>
          <p className="mt-1 text-sm text-fg-muted">{unread === 0 ? "You're all caught up." : `${unread} unread, newest first.`}</p>
        </div>
        {unread > 0 && <MarkAllReadButton />}
      </div>
      <div className="mt-6">
        {items.length === 0 ? (
          <EmptyState title="No notifications yet">When a colleague mentions you in a note, it appears here and in your email.</EmptyState>
        ) : (
          <ul className="flex flex-col gap-3">
            {items.map((item) => (
              <li
                key={item.id}
                data-notification-id={item.id}
                className={`rounded-lg border p-4 ${item.readAt ? "border-line bg-surface" : "border-indigo-300 bg-accent-subtle"}`}
              >
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <p className="flex min-w-0 items-start gap-2 text-sm">
                    <TypeIcon type={item.type} />
                    <span className="min-w-0">
                    {!item.readAt && (
                      <StatusBadge tone="info" className="mr-2">
                        Unread
                      </StatusBadge>
                    )}
                    <Link href={item.href} className="font-medium text-accent-strong underline">
                      {headline(item)}
                    </Link>
                    {item.jobTitle && <span className="text-fg-muted"> · {item.jobTitle}</span>}
                    </span>
                  </p>
                  {!item.readAt && <MarkReadButton notificationId={item.id} subject={item.subject} />}
                </div>
                {item.excerpt && <p className="mt-2 text-sm break-words whitespace-pre-wrap text-fg">“{item.excerpt}”</p>}
                <p className="mt-1 text-xs text-fg-muted">
                  <Time value={item.createdAt} />
                </p>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
