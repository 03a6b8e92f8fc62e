import type { Metadata } from "next";
import { Time } from "@/components/dates/time";
import { EmptyState } from "@/components/ui/empty-state";
import { db } from "@/db/client";
import { listReferableJobs } from "@/db/queries/candidate-intake";
import { requireMember } from "@/server/auth/session";
import { listMyReferrals } from "@/server/candidates/refer-candidate";
import { ReferForm } from "./_components/refer-form";
import { referCandidateAction } from "./actions";

export const metadata: Metadata = { title: "Referrals" };

export default async function ReferralsPage() {
  const member = await requireMember("candidates.refer");
  const [jobs, referrals] = await Promise.all([listReferableJobs(db(), member.organizationId), listMyReferrals(member)]);
  return (
    <>
      <h1 className="text-2xl font-bold">Refer someone</h1>
      <p className="mt-1 max-w-prose text-sm text-slate-700">
        Know someone who would fit one of our open jobs? Tell us who they are; the hiring team takes it from there. You can follow
        where they are in the process below.
      </p>
      <div className="mt-6 max-w-2xl">
        {jobs.length > 0 ? <ReferForm jobs={jobs} refer={referCandidateAction} /> : <EmptyState title="No open jobs right now">Come back when a job is open.</EmptyState>}
      </div>
      <section aria-labelledby="my-referrals" className="mt-10 max-w-4xl">
        <h2 id="my-referrals" className="text-lg font-semibold">
          My referrals
        </h2>
        {referrals.length === 0 ? (
          <div className="mt-3">
            <EmptyState title="No referrals yet">People you refer appear here with the stage they have reached.</EmptyState>
          </div>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="min-w-full text-left text-sm">
              <thead>
                <tr className="border-b border-slate-200">
                  <th scope="col" className="py-2 pr-4">Name</th>
                  <th scope="col" className="py-2 pr-4">Job</th>
                  <th scope="col" className="py-2 pr-4">Stage</th>
                  <th scope="col" className="py-2 pr-4">Referred</th>
                </tr>
              </thead>
              <tbody>
                {referrals.map((referral) => (
                  <tr key={referral.applicationId} className="border-b border-slate-100">
                    <td className="py-2 pr-4">{referral.name}</td>
                    <td className="py-2 pr-4">{referral.jobTitle}</td>
                    <td className="py-2 pr-4">{referral.stageName}</td>
                    <td className="py-2 pr-4">
                      <Time value={referral.referredAt} date />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
