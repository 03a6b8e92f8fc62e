import "server-only";
import { and, asc, eq, isNull, max } from "drizzle-orm";
import type { QuestionFields } from "@/lib/validation/job";
import { db, type Executor } from "../client";
import { jobQuestions } from "../schema";

// The custom questions editor. Removed questions are archived, so answers already given keep their
// question; the application form reads only live ones (db/queries/careers.ts listQuestions). The writes
// run in server/jobs/edit-questions.ts, which checks permissions and locks the job first.

/** A job's live questions in order, for the editor. */
export async function listJobQuestions({ organizationId }: { organizationId: string }, jobId: string) {
  return db()
    .select()
    .from(jobQuestions)
    .where(and(eq(jobQuestions.organizationId, organizationId), eq(jobQuestions.jobId, jobId), isNull(jobQuestions.archivedAt)))
    .orderBy(asc(jobQuestions.position), asc(jobQuestions.createdAt));
}

/** The live questions' ids in form order, for a transaction that changes them. */
export async function listLiveQuestionIds(executor: Executor, jobId: string) {
  return executor
    .select({ id: jobQuestions.id, position: jobQuestions.position })
    .from(jobQuestions)
    .where(and(eq(jobQuestions.jobId, jobId), isNull(jobQuestions.archivedAt)))
    .orderBy(asc(jobQuestions.position), asc(jobQuestions.createdAt));
}

export async function insertQuestionLast(tx: Executor, organizationId: string, jobId: string, fields: QuestionFields): Promise<string> {
  const [last] = await tx.select({ position: max(jobQuestions.position) }).from(jobQuestions).where(eq(jobQuestions.jobId, jobId));
  const [row] = await tx
    .insert(jobQuestions)
    .values({ ...fields, helpText: fields.helpText ?? null, organizationId, jobId, position: (last?.position ?? -1) + 1 })
    .returning({ id: jobQuestions.id });
  return row!.id;
}

type QuestionChange = Partial<Omit<QuestionFields, "helpText">> & { helpText?: string | null; position?: number; archivedAt?: Date };

export async function updateQuestionRow(tx: Executor, jobId: string, questionId: string, change: QuestionChange) {
  await tx.update(jobQuestions).set(change).where(and(eq(jobQuestions.id, questionId), eq(jobQuestions.jobId, jobId)));
}

/** Several jobs' questions at once, each job's in the order given (a board import). */
export async function insertQuestions(tx: Executor, organizationId: string, questions: { jobId: string; fields: QuestionFields[] }[]): Promise<void> {
  const rows = questions.flatMap(({ jobId, fields }) =>
    fields.map((question, position) => ({ ...question, helpText: question.helpText ?? null, organizationId, jobId, position })),
  );
  // A statement takes at most 65,535 parameters: a thousand rows of nine columns each stay well under.
  for (let start = 0; start < rows.length; start += 1000) await tx.insert(jobQuestions).values(rows.slice(start, start + 1000));
}
