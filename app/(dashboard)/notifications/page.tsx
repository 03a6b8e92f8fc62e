import type { Metadata } from "next";
import Link from "next/link";
import { Time } from "@/components/dates/time";
import { EmptyState } from "@/components/ui/empty-state";
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
  }
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
          <p className="mt-1 text-sm text-slate-700">{unread === 0 ? "You're all caught up." : `${unread} unread, newest first.`}</p>
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
                className={`rounded-lg border p-4 ${item.readAt ? "border-slate-200 bg-white" : "border-indigo-300 bg-indigo-50"}`}
              >
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <p className="text-sm">
                    {!item.readAt && <span className="mr-2 rounded-full bg-indigo-700 px-2 py-0.5 text-xs font-semibold text-white">Unread</span>}
                    <Link href={item.href} className="font-medium text-indigo-800 underline">
                      {headline(item)}
                    </Link>
                    {item.jobTitle && <span className="text-slate-700"> · {item.jobTitle}</span>}
                  </p>
                  {!item.readAt && <MarkReadButton notificationId={item.id} subject={item.subject} />}
                </div>
                {item.excerpt && <p className="mt-2 text-sm break-words whitespace-pre-wrap text-slate-800">“{item.excerpt}”</p>}
                <p className="mt-1 text-xs text-slate-700">
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
