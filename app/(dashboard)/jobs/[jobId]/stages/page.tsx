import { OrderedItemActions } from "@/components/jobs/ordered-item-actions";
import { listStagesWithCounts } from "@/db/queries/jobs";
import { jobScope } from "@/lib/permissions";
import { stageKindLabels } from "@/lib/jobs/labels";
import { jobPageMetadata, requireJob } from "@/server/jobs/load";
import { AddStageForm, RenameStageForm } from "./_components/stage-forms";
import { addStageAction, moveStageAction, removeStageAction, renameStageAction } from "./actions";

export const generateMetadata = jobPageMetadata("Stages", "jobs.manage");

export default async function StagesPage({ params }: PageProps<"/jobs/[jobId]/stages">) {
  const { member, job } = await requireJob((await params).jobId, "jobs.manage");
  const stages = await listStagesWithCounts(jobScope(member), job.id);

  return (
    <>
      <h2 id="stages-heading" tabIndex={-1} className="text-lg font-semibold">
        Pipeline stages
      </h2>
      <p className="mt-1 max-w-prose text-sm text-fg-muted">
        New applications start in the first stage. A stage can be removed once no application is in it.
      </p>
      <ol aria-label="Stages" className="mt-4 flex flex-col gap-3">
        {stages.map((stage, index) => (
          <li key={stage.id} className="flex flex-wrap items-end justify-between gap-3 rounded-lg border border-line bg-surface p-4 shadow-xs">
            <div>
              <h3 className="font-semibold text-slate-900">{stage.name}</h3>
              <p className="text-sm text-slate-700">
                {stageKindLabels[stage.kind]} · {stage.totalApplicants} application{stage.totalApplicants === 1 ? "" : "s"}
              </p>
            </div>
            <RenameStageForm jobId={job.id} stage={stage} rename={renameStageAction} />
            <OrderedItemActions
              input={{ jobId: job.id, stageId: stage.id }}
              name={stage.name}
              noun="stage"
              first={index === 0}
              last={index === stages.length - 1}
              move={moveStageAction}
              remove={removeStageAction}
              removeDescription="It leaves this job's pipeline. A stage that still holds applications can't be removed: move them first."
              fallbackFocusId="stages-heading"
            />
          </li>
        ))}
      </ol>
      <section aria-labelledby="add-stage-heading" className="mt-8 rounded-lg border border-line bg-surface p-4 shadow-xs">
        <h3 id="add-stage-heading" className="font-semibold">
          Add a stage
        </h3>
        <p className="text-sm text-slate-700">It is added at the end; move it into place afterwards.</p>
        <div className="mt-3">
          <AddStageForm jobId={job.id} add={addStageAction} />
        </div>
      </section>
    </>
  );
}
