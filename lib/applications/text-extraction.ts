import "server-only";
import { setImmediate as yieldToRequests } from "node:timers/promises";
import { findPendingTextFile, recordExtractedText } from "@/db/queries/files";
import { readFileBytes } from "@/lib/storage";
import { extractDocumentText } from "./files";

const INTERVAL_MS = 2_000;
/** After a pass fails (the file store or database unreachable), the next waits this long. */
const BACKOFF_MS = 60_000;

const state = globalThis as unknown as { candorSubmissionsInFlight?: number; candorTextWorker?: NodeJS.Timeout };

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

const submissionsRunning = () => (state.candorSubmissionsInFlight ?? 0) > 0;

/**
 * Reads the text of stored PDF and DOCX files that are still waiting for it, oldest first, one at a
 * time, until none is left or a submission comes in. A document that can't be read keeps its file and
 * gets no text; a store that can't be reached leaves the file waiting for the next pass. Returns how
 * many files were done.
 */
export async function extractPendingTexts({ limit = Infinity, shouldPause = submissionsRunning } = {}): Promise<number> {
  let done = 0;
  while (done < limit && !shouldPause()) {
    const file = await findPendingTextFile();
    if (!file) break;
    const data = await readFileBytes(file);
    let text: string | null = null;
    try {
      text = await extractDocumentText(file.mediaType, data);
    } catch (error) {
      console.error(`candor: no text could be read from file ${file.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
    await recordExtractedText(file.id, text);
    done++;
    await yieldToRequests();
  }
  return done;
}

/** Reads pending text every couple of seconds, once per process, without keeping the process alive. */
export function startTextExtractionWorker(): void {
  if (state.candorTextWorker) return;
  let running = false;
  let resumeAt = 0;
  state.candorTextWorker = setInterval(async () => {
    if (running || submissionsRunning() || Date.now() < resumeAt) return;
    running = true;
    try {
      await extractPendingTexts();
    } catch (error) {
      resumeAt = Date.now() + BACKOFF_MS;
      console.error(`candor: text extraction pass failed, next try in a minute: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
    }
  }, INTERVAL_MS).unref();
}
