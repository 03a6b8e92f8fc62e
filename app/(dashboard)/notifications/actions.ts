"use server";

import { revalidatePath } from "next/cache";
import { markAllNotificationsRead, markNotificationRead } from "@/db/queries/notifications";
import { memberAction } from "@/server/action";
import { AppError } from "@/lib/errors";
import { emptySchema, notificationIdSchema } from "@/lib/validation/notes";

export const markNotificationReadAction = memberAction("any", notificationIdSchema, async ({ notificationId }, member) => {
  if (!(await markNotificationRead(member, notificationId))) throw new AppError("NOT_FOUND", "That notification no longer exists.");
  revalidatePath("/", "layout");
});

export const markAllNotificationsReadAction = memberAction("any", emptySchema, async (_data, member) => {
  const marked = await markAllNotificationsRead(member);
  revalidatePath("/", "layout");
  return { marked };
});
