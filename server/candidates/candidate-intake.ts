import "server-only";
import { db, type Executor } from "@/db/client";
import type { StagedDocument } from "@/db/queries/applications";
import { acceptDocument, FileRejected } from "@/lib/applications/files";
import { postgresErrorCode } from "@/lib/db-errors";
import { AppError, VALIDATION_MESSAGE } from "@/lib/errors";
import { stageDocuments } from "@/server/applications/submit-application";
import { fileStore } from "@/server/storage";


/**
 * A resume a member uploads for someone (added by hand, referred): typed by its bytes like an
 * applicant's, then handed to the file store, ready for the transaction that records it. Its text is read
 * later by the resume-text job (the file row is stored as pending).
 */
export async function stageResume(organizationId: string, resume: File | undefined): Promise<StagedDocument[]> {
  if (!resume) return [];
  try {
    const document = await acceptDocument(resume, "Resume");
    const staged = await stageDocuments(organizationId, new Map([["resume", { ...document, kind: "resume" as const }]]));
    return [...staged.values()];
  } catch (error) {
    if (error instanceof FileRejected) throw new AppError("VALIDATION", VALIDATION_MESSAGE, { resume: [error.message] });
    throw error;
  }
}

/**
 * Runs `write` in one transaction with the staged resume recorded by it; when Postgres refuses the
 * transaction nothing was stored, so bytes an external store already took are discarded too.
 */
export async function withStagedResume<T>(documents: StagedDocument[], write: (tx: Executor) => Promise<T>): Promise<T> {
  try {
    return await db().transaction(write);
  } catch (error) {
    if (postgresErrorCode(error) && documents.length > 0) await fileStore().discard(documents.map((document) => document.storageKey));
    throw error;
  }
}


