import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { EmptyState } from "@/components/ui/empty-state";
import { getInterviewPlan } from "@/db/queries/interview-plan";
import { findJob } from "@/db/queries/jobs";
import { requireMember } from "@/server/auth/session";
import { can, jobScope } from "@/lib/permissions";
import { PlanEditor } from "./_components/plan-editor";

export const metadata: Metadata = { title: "Interview plan" };

export default async function InterviewPlanPage({ params }: PageProps<"/jobs/[jobId]/interview-plan">) {
  const member = await requireMember();
  const id = z.uuid().safeParse((await params).jobId);
  const scope = jobScope(member);
  const job = id.success ? await findJob(scope, id.data) : null;
  if (!job) notFound();
  const plan = (await getInterviewPlan(scope, job.id)) ?? [];
  const canEdit = can(member.role, "interviewPlan.edit");

  return (
    <>
      <h2 className="text-lg font-semibold">Interview plan</h2>
      <p className="mt-1 text-sm text-slate-700">
        The interviews each stage holds, and what every interviewer rates on their scorecard. Interviewers score each attribute against its
        “what good looks like”.
      </p>
      <div className="mt-6">
        {plan.length === 0 ? (
          <EmptyState title="No interview stages">This job has no screen or interview stage to plan interviews for.</EmptyState>
        ) : canEdit ? (
          <PlanEditor
            jobId={job.id}
            stages={plan.map((stage) => ({
              stageId: stage.id,
              name: stage.name,
              interviews: stage.interviews.map((interview) => ({ id: interview.id, name: interview.name, focusAreas: interview.template.focusAreas })),
            }))}
          />
        ) : (
          <PlanReadOnly plan={plan} />
        )}
      </div>
    </>
  );
}

function PlanReadOnly({ plan }: { plan: Awaited<ReturnType<typeof getInterviewPlan>> & object }) {
  return (
    <div className="flex flex-col gap-6">
      {plan.map((stage) => (
        <section key={stage.id} aria-labelledby={`stage-${stage.id}`} className="rounded-lg border border-slate-200 bg-white p-6">
          <h3 id={`stage-${stage.id}`} className="text-lg font-semibold">
            {stage.name}
          </h3>
          {stage.interviews.length === 0 && <p className="mt-2 text-sm text-slate-700">No interviews planned.</p>}
          {stage.interviews.map((interview) => (
            <div key={interview.id} className="mt-4">
              <h4 className="font-semibold">{interview.name}</h4>
              {interview.template.focusAreas.map((area) => (
                <div key={area.name} className="mt-2">
                  <h5 className="text-sm font-medium text-slate-800">{area.name}</h5>
                  <ul className="mt-1 list-disc pl-6 text-sm text-slate-700">
                    {area.attributes.map((attribute) => (
                      <li key={attribute.name}>
                        <span className="font-medium text-slate-900">{attribute.name}</span>
                        {attribute.guidance && <> — {attribute.guidance}</>}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
