"use client";

import { markAllNotificationsReadAction, markNotificationReadAction } from "../actions";
import { ActionButton } from "./mark-read-button";

export function MarkAllReadButton() {
  return <ActionButton label="Mark all as read" pendingLabel="Marking…" run={() => markAllNotificationsReadAction({})} />;
}

export function MarkReadButton({ notificationId, subject }: { notificationId: string; subject: string }) {
  return (
    <span aria-label={`Mark the notification about ${subject} as read`} role="group">
      <ActionButton label="Mark as read" pendingLabel="Marking…" variant="ghost" run={() => markNotificationReadAction({ notificationId })} />
    </span>
  );
}
