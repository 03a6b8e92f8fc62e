import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getMergeComparison, getMergeResult } from "@/server/candidates/merge-comparison";
import { requireMember } from "@/server/auth/session";
import { Comparison } from "./_components/comparison";
import { MergeForm } from "./_components/merge-form";

export const metadata: Metadata = { title: "Merge candidates" };

const id = z.uuid().optional().catch(undefined);

export default async function MergeCandidatesPage({ params, searchParams }: PageProps<"/candidates/[candidateId]/merge">) {
  const member = await requireMember("candidates.merge");
  const { candidateId } = await params;
  const query = await searchParams;
  const otherId = id.parse(query.with);
  const mergedId = id.parse(query.merged);
  if (!z.uuid().safeParse(candidateId).success) notFound();

  if (mergedId) {
    const result = await getMergeResult(member, candidateId, mergedId);
    if (!result) notFound();
    return (
      <>
        <Breadcrumbs items={[{ href: "/candidates", label: "Candidates" }]} />
        <h1 className="mt-2 text-2xl font-bold">Records merged</h1>
        <div role="status" className="mt-4 rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-950">
          The two records are now one: {result.name}.
        </div>
        <h2 className="mt-6 text-lg font-semibold">{result.name}&apos;s applications</h2>
        <ul className="mt-2 flex flex-col gap-1 text-sm">
          {result.applications.map((application) => (
            <li key={application.id}>
              <span className="font-medium">{application.jobTitle}</span> · {application.stageName}
            </li>
          ))}
        </ul>
        <Link href={`/candidates/${candidateId}`} className="mt-6 inline-block font-medium text-indigo-700 underline underline-offset-4">
          Open {result.name}&apos;s profile
        </Link>
      </>
    );
  }

  if (!otherId) notFound();
  const comparison = await getMergeComparison(member, candidateId, otherId);
  if (!comparison) notFound();
  const { survivor, merged, sharedJobs } = comparison;
  const blocker = [survivor, merged].find((side) => side.mergedIntoId)
    ? "One of these records was already merged into another, so it can't be merged again."
    : [survivor, merged].find((side) => side.anonymizedAt)
      ? "One of these candidates asked for their data to be deleted, so the records can't be merged."
      : sharedJobs.length
        ? `Both candidates applied to ${sharedJobs.map((title) => `“${title}”`).join(", ")}. A candidate can apply to a job only once, so these records can't be merged.`
        : null;

  return (
    <>
      <Breadcrumbs items={[{ href: "/candidates", label: "Candidates" }, { href: `/candidates/${survivor.id}`, label: survivor.name }]} />
      <h1 className="mt-2 text-2xl font-bold">Merge candidates</h1>
      <p className="mt-1 text-sm text-slate-700">
        Everything {merged.name} has moves to {survivor.name}&apos;s record.{" "}
        <Link href={`/candidates/${merged.id}/merge?with=${survivor.id}`} className="font-medium text-indigo-700 underline underline-offset-4">
          Keep {merged.name}&apos;s record instead
        </Link>
      </p>
      <div className="mt-6">
        <Comparison survivor={survivor} merged={merged} />
      </div>
      <div className="mt-6">
        {blocker ? (
          <Alert>{blocker}</Alert>
        ) : (
          <MergeForm survivor={survivor} merged={merged} />
        )}
      </div>
    </>
  );
}
