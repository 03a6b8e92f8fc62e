import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { saveScorecard } from "@/server/scorecards/save-scorecard";
import { setupTestDatabase } from "@/test/database";
import { card, scheduled as scheduledIn, viewer } from "@/test/interviews";
import { sendScorecardReminders } from "./send-scorecard-reminders";

const db = setupTestDatabase();
const scheduled = (options?: Parameters<typeof scheduledIn>[1]) => scheduledIn(db, options);

describe("reminders", () => {
  it("send one reminder a day after the interview ended, never twice, and none once submitted", async () => {
    const { org, interviewId } = await scheduled({ startsInDays: 1 });
    const [interview] = await db().select().from(s.interviews).where(eq(s.interviews.id, interviewId));
    const reminders = () => db().select().from(s.emailOutbox).where(eq(s.emailOutbox.applicationId, org.applicants[0]!.applicationId));
    const countReminders = async () => (await reminders()).filter((m) => m.dedupeKey?.startsWith("scorecard-reminder:")).length;

    await saveScorecard(viewer(org, "interviewer"), card(interviewId, { overall: "yes" }), { submit: true });
    const beforeDue = new Date(interview!.endsAt.getTime() + 23 * 3_600_000);
    await sendScorecardReminders(beforeDue);
    expect(await countReminders()).toBe(0);

    const due = new Date(interview!.endsAt.getTime() + 25 * 3_600_000);
    await sendScorecardReminders(due);
    await sendScorecardReminders(new Date(due.getTime() + 3_600_000));
    const sent = (await reminders()).filter((m) => m.dedupeKey?.startsWith("scorecard-reminder:"));
    expect(sent.map((m) => [m.to, m.dedupeKey])).toEqual([[org.users.hiring_manager.email, `scorecard-reminder:${interviewId}:${org.users.hiring_manager.id}`]]);
  });
});
