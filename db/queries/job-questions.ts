import "server-only";
import { and, asc, eq, isNull, max } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import type { QuestionFields } from "@/lib/validation/job";
import { db, type Executor } from "../client";
import { jobQuestions } from "../schema";
import { lockManagedJob } from "./jobs";
import { announcePublicChange } from "./public-changes";

// The custom questions editor. Removed questions are archived, so answers already given keep their
// question; the application form reads only live ones (db/queries/careers.ts listQuestions).

/** A job's live questions in order, for the editor (managers only). */
export async function listJobQuestions(viewer: Viewer, jobId: string) {
  return db()
    .select()
    .from(jobQuestions)
    .where(and(eq(jobQuestions.organizationId, viewer.organizationId), eq(jobQuestions.jobId, jobId), isNull(jobQuestions.archivedAt)))
    .orderBy(asc(jobQuestions.position), asc(jobQuestions.createdAt));
}

async function liveQuestions(tx: Executor, jobId: string) {
  return tx
    .select({ id: jobQuestions.id, position: jobQuestions.position })
    .from(jobQuestions)
    .where(and(eq(jobQuestions.jobId, jobId), isNull(jobQuestions.archivedAt)))
    .orderBy(asc(jobQuestions.position), asc(jobQuestions.createdAt));
}

function questionIn<T extends { id: string }>(questions: T[], questionId: string): T {
  const question = questions.find((q) => q.id === questionId);
  if (!question) throw new AppError("NOT_FOUND", "This question no longer exists. Reload the page.");
  return question;
}

export async function addQuestion(viewer: Viewer, jobId: string, fields: QuestionFields) {
  return db().transaction(async (tx) => {
    await lockManagedJob(tx, viewer, jobId);
    // The application form shows these questions.
    await announcePublicChange(tx, viewer.organizationId);
    const [last] = await tx.select({ position: max(jobQuestions.position) }).from(jobQuestions).where(eq(jobQuestions.jobId, jobId));
    const [row] = await tx
      .insert(jobQuestions)
      .values({ ...fields, helpText: fields.helpText ?? null, organizationId: viewer.organizationId, jobId, position: (last?.position ?? -1) + 1 })
      .returning({ id: jobQuestions.id });
    return row!.id;
  });
}

export async function updateQuestion(viewer: Viewer, jobId: string, questionId: string, fields: QuestionFields) {
  await db().transaction(async (tx) => {
    await lockManagedJob(tx, viewer, jobId);
    // The application form shows these questions.
    await announcePublicChange(tx, viewer.organizationId);
    questionIn(await liveQuestions(tx, jobId), questionId);
    await tx
      .update(jobQuestions)
      .set({ ...fields, helpText: fields.helpText ?? null })
      .where(and(eq(jobQuestions.id, questionId), eq(jobQuestions.jobId, jobId)));
  });
}

export async function moveQuestion(viewer: Viewer, jobId: string, questionId: string, direction: "up" | "down") {
  await db().transaction(async (tx) => {
    await lockManagedJob(tx, viewer, jobId);
    // The application form shows these questions.
    await announcePublicChange(tx, viewer.organizationId);
    const questions = await liveQuestions(tx, jobId);
    const index = questions.indexOf(questionIn(questions, questionId));
    const target = direction === "up" ? index - 1 : index + 1;
    if (target < 0 || target >= questions.length) return;
    // Renumber them all: positions of older rows may repeat, and a swap of equal positions changes nothing.
    const order = questions.map((q) => q.id);
    [order[index], order[target]] = [order[target]!, order[index]!];
    for (const [position, id] of order.entries()) {
      await tx.update(jobQuestions).set({ position }).where(eq(jobQuestions.id, id));
    }
  });
}

/** Archives the question: it leaves the application form, and answers already given keep it. */
export async function removeQuestion(viewer: Viewer, jobId: string, questionId: string) {
  await db().transaction(async (tx) => {
    await lockManagedJob(tx, viewer, jobId);
    // The application form shows these questions.
    await announcePublicChange(tx, viewer.organizationId);
    questionIn(await liveQuestions(tx, jobId), questionId);
    await tx.update(jobQuestions).set({ archivedAt: new Date() }).where(eq(jobQuestions.id, questionId));
  });
}
