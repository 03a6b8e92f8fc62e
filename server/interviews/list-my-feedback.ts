import "server-only";
import { listParticipantInterviews } from "@/db/queries/interviews";
import type { Viewer } from "@/lib/auth/viewer";
import { jobScope } from "@/lib/permissions";
import { candidateLabel } from "@/lib/review/candidate-label";

/** My feedback: what awaits my scorecard (overdue first, then upcoming) and what I have submitted. */
export async function listMyFeedback(member: Viewer, now = new Date()) {
  const rows = await listParticipantInterviews(jobScope(member));
  const items = rows.map((row) => ({
    interviewId: row.interviewId,
    title: row.title,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    timeZone: row.timeZone,
    jobTitle: row.jobTitle,
    candidate: candidateLabel(member, row),
    draft: row.scorecardStatus === "draft",
    submitted: row.scorecardStatus === "submitted",
    overall: row.overall,
    submittedAt: row.submittedAt,
    overdue: row.scorecardStatus !== "submitted" && row.endsAt < now,
  }));
  const awaiting = items.filter((item) => !item.submitted);
  return {
    awaiting: [...awaiting.filter((item) => item.overdue), ...awaiting.filter((item) => !item.overdue)],
    submitted: items.filter((item) => item.submitted).sort((a, b) => b.submittedAt!.getTime() - a.submittedAt!.getTime()),
  };
}
