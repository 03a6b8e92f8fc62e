import type { Metadata } from "next";
import Link from "next/link";
import { Slot } from "@/components/dates/time";
import { EmptyState } from "@/components/ui/empty-state";
import { listMyFeedback } from "@/server/interviews/list-my-feedback";
import { requireMember } from "@/server/auth/session";
import { ratingLabels } from "@/lib/validation/scorecard";

export const metadata: Metadata = { title: "My feedback" };

type Item = Awaited<ReturnType<typeof listMyFeedback>>["awaiting"][number];

function FeedbackItem({ item, children }: { item: Item; children: React.ReactNode }) {
  return (
    <li className="flex flex-wrap items-start justify-between gap-3 py-3 text-sm">
      <div>
        <Link href={`/feedback/${item.interviewId}`} className="font-semibold text-indigo-700 hover:underline">
          {item.title} with {item.candidate}
        </Link>
        <p className="text-slate-700">
          {item.jobTitle} · <Slot startsAt={item.startsAt} endsAt={item.endsAt} timeZone={item.timeZone} />
        </p>
      </div>
      <p className="text-slate-800">{children}</p>
    </li>
  );
}

export default async function FeedbackPage() {
  const member = await requireMember();
  const { awaiting, submitted } = await listMyFeedback(member);
  return (
    <>
      <h1 className="text-2xl font-bold">My feedback</h1>
      <p className="mt-1 text-sm text-slate-700">Interviews waiting for your scorecard, and scorecards you have submitted.</p>
      {awaiting.length === 0 && submitted.length === 0 ? (
        <div className="mt-6">
          <EmptyState title="Nothing waiting for your feedback">
            When you are scheduled to interview a candidate, the interview and its scorecard will appear here.
          </EmptyState>
        </div>
      ) : (
        <>
          <section aria-labelledby="awaiting-heading" className="mt-6 rounded-lg border border-slate-200 bg-white p-6">
            <h2 id="awaiting-heading" className="text-lg font-semibold">
              Awaiting your scorecard
            </h2>
            {awaiting.length === 0 ? (
              <p className="mt-2 text-sm text-slate-700">You are all caught up.</p>
            ) : (
              <ul className="mt-2 divide-y divide-slate-200">
                {awaiting.map((item) => (
                  <FeedbackItem key={item.interviewId} item={item}>
                    {item.overdue ? (
                      <span className="font-semibold text-red-800">Overdue{item.draft ? " · draft saved" : ""}</span>
                    ) : item.draft ? (
                      "Draft saved"
                    ) : (
                      "Upcoming"
                    )}
                  </FeedbackItem>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="submitted-heading" className="mt-6 rounded-lg border border-slate-200 bg-white p-6">
            <h2 id="submitted-heading" className="text-lg font-semibold">
              Submitted
            </h2>
            {submitted.length === 0 ? (
              <p className="mt-2 text-sm text-slate-700">Scorecards you submit will be listed here.</p>
            ) : (
              <ul className="mt-2 divide-y divide-slate-200">
                {submitted.map((item) => (
                  <FeedbackItem key={item.interviewId} item={item}>
                    {item.overall ? ratingLabels[item.overall] : "Submitted"}
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
