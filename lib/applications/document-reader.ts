import "server-only";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Piscina } from "piscina";

/**
 * Where hostile documents are parsed: worker threads with their own memory limit, so a PDF or DOCX built
 * to hang or exhaust the parser costs one worker, never the server. Idle workers don't keep the process
 * alive. The worker is ./document-reader.worker.mjs, found from the project directory (where `next start`,
 * `next dev` and Vitest run), because bundlers must not rewrite it.
 */
const WORKER_FILE = path.join(process.cwd(), "lib/applications/document-reader.worker.mjs");

/**
 * Generous for any real document: a resume's pages are counted in milliseconds and its text read in well
 * under a second, a long report's in a few seconds. A read that takes longer is given up.
 */
export const READ_TIME_LIMITS_MS = { pages: 10_000, text: 20_000 } as const;

const globalForReaders = globalThis as unknown as { candorDocumentReaders?: Piscina };

function readers(): Piscina {
  globalForReaders.candorDocumentReaders ??= new Piscina({
    filename: pathToFileURL(WORKER_FILE).href,
    maxThreads: 2,
    idleTimeout: 60_000,
    // Tasks are async (pdf.js awaits its own work); Atomics waits would stall them between tasks.
    atomics: "disabled",
    resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 64 },
  });
  return globalForReaders.candorDocumentReaders;
}

/** Why a document could not be read: its content, the time limit, or the worker's memory limit. */
export class DocumentUnreadable extends Error {}

type ReadOptions = { timeLimitMs?: number; maxChars?: number };

/**
 * Runs one read in a worker: "pages" counts a PDF's pages, "text" reads a PDF's or DOCX's text (its first
 * `maxChars` characters). Throws DocumentUnreadable when the document is damaged or hostile: it failed to
 * parse, took longer than the time limit or used up the worker's memory.
 */
export async function readDocument(job: "pages", mediaType: string, data: Buffer, options?: ReadOptions): Promise<number>;
export async function readDocument(job: "text", mediaType: string, data: Buffer, options?: ReadOptions): Promise<string>;
export async function readDocument(job: "pages" | "text", mediaType: string, data: Buffer, { timeLimitMs = READ_TIME_LIMITS_MS[job], maxChars }: ReadOptions = {}) {
  try {
    return await readers().run({ job, mediaType, data: new Uint8Array(data), maxChars }, { signal: AbortSignal.timeout(timeLimitMs) });
  } catch (error) {
    if (error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError")) {
      throw new DocumentUnreadable(`reading took longer than ${timeLimitMs / 1000} s`, { cause: error });
    }
    throw new DocumentUnreadable(error instanceof Error ? error.message : String(error), { cause: error });
  }
}
