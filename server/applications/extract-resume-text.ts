import "server-only";
import { setImmediate as yieldToRequests } from "node:timers/promises";
import { claimPendingTextFile, MAX_TEXT_ATTEMPTS, recordExtractedText } from "@/db/queries/files";
import { readFileBytes } from "@/server/storage";
import { DocumentUnreadable } from "@/lib/applications/document-reader";
import { extractDocumentText } from "@/lib/applications/files";

/** Longest that submissions in flight hold text extraction back. */
const STARVATION_MS = 30_000;

const state = globalThis as unknown as { candorSubmissionsInFlight?: number; candorLastTextPass?: number };

/**
 * Runs one candidate's submission. Reading resume text waits while any submission is in flight, so a
 * burst of applications is acknowledged first and its text becomes searchable when the burst is over.
 */
export async function asSubmission<T>(submit: () => Promise<T>): Promise<T> {
  state.candorSubmissionsInFlight = (state.candorSubmissionsInFlight ?? 0) + 1;
  try {
    return await submit();
  } finally {
    state.candorSubmissionsInFlight -= 1;
  }
}

export const submissionsRunning = () => (state.candorSubmissionsInFlight ?? 0) > 0;

/**
 * Reads the text of stored PDF and DOCX files that are still waiting for it, oldest first, one at a
 * time, until none is left or a submission comes in. A document that can't be read (damaged, or beyond
 * the reader's limits) keeps its file and gets no text. A file whose bytes can't be fetched now, or that
 * the reader could not run for, is tried again a minute later, and given up (no text) after
 * MAX_TEXT_ATTEMPTS tries. Returns how many files were claimed.
 */
export async function extractPendingTexts({ limit = Infinity, shouldPause = submissionsRunning } = {}): Promise<number> {
  let claimed = 0;
  while (claimed < limit && !shouldPause()) {
    const file = await claimPendingTextFile();
    if (!file) break;
    claimed++;
    await readText(file);
    await yieldToRequests();
  }
  return claimed;
}

async function readText(file: { id: string; mediaType: string; storageKey: string; attempts: number }): Promise<void> {
  if (file.attempts > MAX_TEXT_ATTEMPTS) {
    // Earlier tries never finished: the process may have died reading this file.
    console.error(`candor: gave up reading the text of file ${file.id} after ${MAX_TEXT_ATTEMPTS} unfinished tries`);
    return recordExtractedText(file.id, null);
  }
  let text: string | null;
  try {
    text = await extractDocumentText(file.mediaType, await readFileBytes(file));
  } catch (error) {
    if (error instanceof DocumentUnreadable && error.reason !== "unavailable") {
      // The document itself is to blame: it keeps its file and has no text.
      console.error(`candor: no text could be read from file ${file.id}: ${error.message}`);
      return recordExtractedText(file.id, null);
    }
    // Its bytes could not be fetched, or the reader could not run: try again later.
    const last = file.attempts >= MAX_TEXT_ATTEMPTS;
    console.error(`candor: could not read file ${file.id} for its text (try ${file.attempts} of ${MAX_TEXT_ATTEMPTS}${last ? ", giving up" : ""}): ${messageOf(error)}`);
    if (last) await recordExtractedText(file.id, null);
    return;
  }
  await recordExtractedText(file.id, text);
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * One pass of the `applications.extract-text` job (it runs every couple of seconds). While submissions
 * come in on this server it waits, but never more than half a minute: then one file goes through per
 * pass, so a steady stream of applications cannot hold the text back for good.
 */
export async function extractTextPass(): Promise<number> {
  const starved = Date.now() - (state.candorLastTextPass ?? Date.now()) > STARVATION_MS;
  state.candorLastTextPass ??= Date.now();
  if (submissionsRunning() && !starved) return 0;
  state.candorLastTextPass = Date.now();
  return extractPendingTexts(submissionsRunning() ? { limit: 1, shouldPause: () => false } : {});
}
