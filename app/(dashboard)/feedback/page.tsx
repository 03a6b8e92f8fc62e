import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { requireMember } from "@/lib/auth/session";

export const metadata: Metadata = { title: "My feedback" };

export default async function FeedbackPage() {
  await requireMember();
  return (
    <>
      <h1 className="text-2xl font-bold">My feedback</h1>
      <p className="mt-1 text-sm text-slate-700">Interviews waiting for your scorecard, and scorecards you have submitted.</p>
      <div className="mt-6">
        <EmptyState title="Nothing waiting for your feedback">
          When you are scheduled to interview a candidate, the interview and its scorecard will appear here.
        </EmptyState>
      </div>
    </>
  );
}
