import "server-only";
import { db } from "@/db/client";
import { enqueueEmail } from "@/db/queries/outbox";
import { insertNotifications } from "@/db/queries/notifications";
import { listDueScorecardReminders, scorecardReminderKey } from "@/db/queries/scorecards";
import { scorecardReminderEmail } from "@/lib/interviews/emails";
import { formatSlot } from "@/lib/interviews/time";
import { scorecardUrl } from "@/lib/interviews/urls";
import { candidateLabel } from "@/lib/review/candidate-label";

/**
 * Queues one reminder email (and a scorecard_due notification) per interviewer whose scorecard is still
 * not submitted a day after the interview ended. The outbox's dedupe key makes it once per interviewer
 * and interview, however often this runs and on however many servers. Returns how many it queued.
 * The actor is the system: a background job runs this every minute (server/background-jobs).
 */
export async function sendScorecardReminders(now = new Date()): Promise<number> {
  const due = await listDueScorecardReminders(db(), now);
  let queued = 0;
  for (const row of due) {
    // One transaction per reminder: the email and its notification go together, and one interviewer's
    // failure does not hold back the others.
    const sent = await db().transaction(async (tx) => {
      const email = scorecardReminderEmail({
        interviewerName: row.userName,
        title: row.title,
        candidate: candidateLabel(row, row),
        when: formatSlot(row.startsAt, row.endsAt, row.timeZone),
        scorecardUrl: scorecardUrl(row.interviewId),
      });
      const id = await enqueueEmail(tx, {
        organizationId: row.organizationId,
        to: row.userEmail,
        ...email,
        candidateId: row.candidateId,
        applicationId: row.id,
        dedupeKey: scorecardReminderKey(row.interviewId, row.userId),
      });
      if (!id) return false;
      await insertNotifications(tx, [
        {
          organizationId: row.organizationId,
          userId: row.userId,
          type: "scorecard_due",
          candidateId: row.candidateId,
          data: { interviewId: row.interviewId, applicationId: row.id, title: row.title },
        },
      ]);
      return true;
    });
    if (sent) queued++;
  }
  return queued;
}
