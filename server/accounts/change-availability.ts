import "server-only";
import { db } from "@/db/client";
import { updateAvailabilitySettings } from "@/db/queries/interview-scheduling";
import type { AvailabilitySettings } from "@/lib/validation/interviews";

/**
 * The signed-in person's interview availability: the days and hours (in their own time zone) candidates
 * may book them, and an optional calendar feed whose busy times are left out. Theirs alone: the user id
 * comes from the session.
 */
export async function changeAvailability(account: { userId: string }, input: AvailabilitySettings) {
  await db().transaction((tx) =>
    updateAvailabilitySettings(tx, account.userId, {
      workingHours: { days: [...new Set(input.days)].sort((a, b) => a - b), start: input.start, end: input.end },
      calendarFeedUrl: input.calendarFeedUrl || null,
    }),
  );
  return { saved: true };
}
