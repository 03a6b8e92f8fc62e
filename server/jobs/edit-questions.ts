import "server-only";
import { db } from "@/db/client";
import { insertQuestionLast, listLiveQuestionIds, updateQuestionRow } from "@/db/queries/job-questions";
import { AppError } from "@/lib/errors";
import type { QuestionFields } from "@/lib/validation/job";
import { announcePublicJobChange, assertManagesJobs, lockManagedJob, refreshJobPages, type JobEditor } from "./managed-job";

// The custom questions editor. Removed questions are archived, so answers already given keep their
// question. The application form shows these questions, so each change is announced to every app server
// and refreshes the public pages.

function questionIn<T extends { id: string }>(questions: T[], questionId: string): T {
  const question = questions.find((q) => q.id === questionId);
  if (!question) throw new AppError("NOT_FOUND", "This question no longer exists. Reload the page.");
  return question;
}

export async function addQuestion(actor: JobEditor, jobId: string, fields: QuestionFields): Promise<string> {
  const scope = assertManagesJobs(actor);
  const questionId = await db().transaction(async (tx) => {
    await lockManagedJob(tx, scope, jobId);
    await announcePublicJobChange(tx, actor);
    return insertQuestionLast(tx, actor.organizationId, jobId, fields);
  });
  refreshJobPages(actor, jobId, { careers: true });
  return questionId;
}

export async function updateQuestion(actor: JobEditor, jobId: string, questionId: string, fields: QuestionFields): Promise<void> {
  const scope = assertManagesJobs(actor);
  await db().transaction(async (tx) => {
    await lockManagedJob(tx, scope, jobId);
    await announcePublicJobChange(tx, actor);
    questionIn(await listLiveQuestionIds(tx, jobId), questionId);
    await updateQuestionRow(tx, jobId, questionId, { ...fields, helpText: fields.helpText ?? null });
  });
  refreshJobPages(actor, jobId, { careers: true });
}

export async function moveQuestion(actor: JobEditor, jobId: string, questionId: string, direction: "up" | "down"): Promise<void> {
  const scope = assertManagesJobs(actor);
  await db().transaction(async (tx) => {
    await lockManagedJob(tx, scope, jobId);
    await announcePublicJobChange(tx, actor);
    const questions = await listLiveQuestionIds(tx, jobId);
    const index = questions.indexOf(questionIn(questions, questionId));
    const target = direction === "up" ? index - 1 : index + 1;
    if (target < 0 || target >= questions.length) return;
    // Renumber them all: positions of older rows may repeat, and a swap of equal positions changes nothing.
    const order = questions.map((q) => q.id);
    [order[index], order[target]] = [order[target]!, order[index]!];
    for (const [position, id] of order.entries()) await updateQuestionRow(tx, jobId, id, { position });
  });
  refreshJobPages(actor, jobId, { careers: true });
}

/** Archives the question: it leaves the application form, and answers already given keep it. */
export async function removeQuestion(actor: JobEditor, jobId: string, questionId: string): Promise<void> {
  const scope = assertManagesJobs(actor);
  await db().transaction(async (tx) => {
    await lockManagedJob(tx, scope, jobId);
    await announcePublicJobChange(tx, actor);
    questionIn(await listLiveQuestionIds(tx, jobId), questionId);
    await updateQuestionRow(tx, jobId, questionId, { archivedAt: new Date() });
  });
  refreshJobPages(actor, jobId, { careers: true });
}
