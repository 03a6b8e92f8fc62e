import "server-only";
import { db } from "@/db/client";
import { setUserTimeZone } from "@/db/queries/users";

/**
 * The signed-in person chooses the zone they read dates and times in (null: their organisation's). It is
 * theirs alone: the user id comes from the session, never from the form, so no one sets another's.
 */
export async function changeTimeZone(account: { userId: string }, input: { timeZone: string | null }): Promise<{ timeZone: string | null }> {
  await setUserTimeZone(db(), account.userId, input.timeZone);
  return { timeZone: input.timeZone };
}
