import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Avatar } from "@/components/ui/avatar";
import { Slot } from "@/components/dates/time";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBadge } from "@/components/ui/status-badge";
import { listMyFeedback } from "@/server/interviews/list-my-feedback";
import { requireMember } from "@/server/auth/session";
import { ratingLabels } from "@/lib/validation/scorecard";

export const metadata: Metadata = { title: "My feedback" };

type Item = Awaited<ReturnType<typeof listMyFeedback>>["awaiting"][number];

function FeedbackItem({ item, children }: { item: Item; children: React.ReactNode }) {
  return (
    <li className="flex flex-wrap items-start justify-between gap-3 py-3 text-sm">
      <div className="flex min-w-0 items-start gap-3">
        <Avatar name={item.candidate} className="mt-0.5" />
        <div className="min-w-0">
          <Link href={`/feedback/${item.interviewId}`} className="font-semibold text-accent hover:underline">
            {item.title} with {item.candidate}
          </Link>
          <p className="text-fg-muted">
            {item.jobTitle} · <Slot startsAt={item.startsAt} endsAt={item.endsAt} timeZone={item.timeZone} />
          </p>
        </div>
      </div>
      <p className="flex flex-wrap gap-1">{children}</p>
    </li>
  );
}

export default async function FeedbackPage() {
  const member = await requireMember();
  const { awaiting, submitted } = await listMyFeedback(member);
  return (
    <>
      <h1 className="text-2xl font-bold">My feedback</h1>
      <p className="mt-1 text-sm text-fg-muted">Interviews waiting for your scorecard, and scorecards you have submitted.</p>
      {awaiting.length === 0 && submitted.length === 0 ? (
        <div className="mt-6">
          <EmptyState title="Nothing waiting for your feedback">
            When you are scheduled to interview a candidate, the interview and its scorecard will appear here.
          </EmptyState>
        </div>
      ) : (
        <>
          <section aria-labelledby="awaiting-heading" className="mt-6 rounded-lg border border-line bg-surface p-4 shadow-xs sm:p-6">
            <h2 id="awaiting-heading" className="text-lg font-semibold">
              Awaiting your scorecard
            </h2>
            {awaiting.length === 0 ? (
              <p className="mt-2 text-sm text-fg-muted">You are all caught up.</p>
            ) : (
              <ul className="mt-2 divide-y divide-line">
                {awaiting.map((item) => (
                  <FeedbackItem key={item.interviewId} item={item}>
                    {item.overdue && <StatusBadge tone="danger">Overdue</StatusBadge>}
                    {item.draft && <StatusBadge tone="warning">Draft saved</StatusBadge>}
                    {!item.overdue && !item.draft && <StatusBadge tone="info">Upcoming</StatusBadge>}
                  </FeedbackItem>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="submitted-heading" className="mt-6 rounded-lg border border-line bg-surface p-4 shadow-xs sm:p-6">
            <h2 id="submitted-heading" className="text-lg font-semibold">
              Submitted
            </h2>
            {submitted.length === 0 ? (
              <p className="mt-2 text-sm text-fg-muted">Scorecards you submit will be listed here.</p>
            ) : (
              <ul className="mt-2 divide-y divide-line">
                {submitted.map((item) => (
                  <FeedbackItem key={item.interviewId} item={item}>
                    <StatusBadge tone="success">{item.overall ? ratingLabels[item.overall] : "Submitted"}</StatusBadge>
                  </FeedbackItem>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}
