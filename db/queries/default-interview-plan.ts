// No "server-only" here: the seed script (run by tsx, outside Next) gives demo jobs their plans with it.
import { DEFAULT_PLAN } from "@/lib/interviews/default-plan";
import type { StageKind } from "@/lib/enums";
import type { Executor } from "../client";
import { plannedInterviews } from "../schema";

/** Gives a new job's screen and interview stages their default interviews. Call in the job's creating transaction. */
export async function insertDefaultInterviewPlan(
  tx: Executor,
  { organizationId, jobId }: { organizationId: string; jobId: string },
  stages: { id: string; kind: StageKind }[],
): Promise<void> {
  const rows = stages.flatMap((stage) =>
    stage.kind === "screen" || stage.kind === "interview"
      ? DEFAULT_PLAN[stage.kind].map((planned) => ({ organizationId, jobId, stageId: stage.id, name: planned.name, template: planned.template }))
      : [],
  );
  if (rows.length === 0) return;
  await tx.insert(plannedInterviews).values(rows.map((row, position) => ({ ...row, position })));
}

