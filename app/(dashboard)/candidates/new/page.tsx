import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { db } from "@/db/client";
import { listJobsWithStages } from "@/db/queries/candidate-intake";
import { requireMember } from "@/server/auth/session";
import { AddCandidateForm } from "./_components/add-candidate-form";
import { addCandidateAction } from "./actions";

export const metadata: Metadata = { title: "Add a candidate" };

export default async function AddCandidatePage() {
  const member = await requireMember("candidates.add");
  const jobs = await listJobsWithStages(db(), member.organizationId);
  return (
    <>
      <Breadcrumbs items={[{ href: "/candidates", label: "Candidates" }]} />
      <h1 className="mt-2 text-2xl font-bold">Add a candidate</h1>
      <p className="mt-1 max-w-prose text-sm text-slate-700">
        Someone you met or sourced yourself. Put them in a job&apos;s pipeline, or leave the job empty to keep them as a prospect.
      </p>
      <div className="mt-6 max-w-2xl">
        <AddCandidateForm jobs={jobs} addCandidate={addCandidateAction} />
      </div>
    </>
  );
}
