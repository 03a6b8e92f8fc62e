import "server-only";
import { existsSync } from "node:fs";
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

type Job = "pages" | "text" | "posting";

/**
 * Generous for any real document: a resume's pages are counted in milliseconds and its text read in well
 * under a second, a long report's in a few seconds. The limit counts from the request, waiting included.
 */
export const READ_TIME_LIMITS_MS: Record<Job, number> = { pages: 10_000, text: 20_000, posting: 20_000 };

/**
 * One pool per job, so the background text pass (one file at a time) never delays a candidate's submit,
 * which only counts pages, nor a recruiter's import.
 */
const POOL_THREADS: Record<Job, number> = { pages: 2, text: 1, posting: 1 };

const globalForReaders = globalThis as unknown as { candorDocumentReaders?: Partial<Record<Job, Piscina>> };

function readers(job: Job): Piscina {
  const pools = (globalForReaders.candorDocumentReaders ??= {});
  const existing = pools[job];
  if (existing) return existing;
  // Without it every read would wait out its time limit for a worker that never starts.
  if (!existsSync(WORKER_FILE)) throw new Error(`the document reader ${WORKER_FILE} is missing: start Candor from its project directory`);
  const pool = new Piscina({
    filename: pathToFileURL(WORKER_FILE).href,
    maxThreads: POOL_THREADS[job],
    idleTimeout: 60_000,
    // Tasks are async (pdf.js awaits its own work); Atomics waits would stall them between tasks.
    atomics: "disabled",
    resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 64 },
  });
  // A worker that fails outside a task (it could not start): logged, and replaced by the pool.
  pool.on("error", (error) => console.error("candor: a document reader worker failed", error));
  pools[job] = pool;
  return pool;
}

/**
 * Why a document was not read. "damaged": the parser refused its content. "limit": it took longer than
 * the time limit or used up the worker's memory (built to, or far beyond any real resume). "unavailable":
 * Candor could not run the reader; nothing is known about the document.
 */
export class DocumentUnreadable extends Error {
  constructor(
    message: string,
    readonly reason: "damaged" | "limit" | "unavailable",
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

type ReadOptions = { timeLimitMs?: number; maxChars?: number };
type WorkerResult = { ok: true; value: number | string } | { ok: false; message: string };

/**
 * Runs one read in a worker: "pages" counts a PDF's pages, "text" reads a PDF's or DOCX's text (its first
 * `maxChars` characters), "posting" a PDF's text or a DOCX as HTML with its headings and lists (an imported job posting). Throws DocumentUnreadable,
 * whose reason says whether the document is to blame.
 */
export async function readDocument(job: "pages", mediaType: string, data: Buffer, options?: ReadOptions): Promise<number>;
export async function readDocument(job: "text" | "posting", mediaType: string, data: Buffer, options?: ReadOptions): Promise<string>;
export async function readDocument(job: Job, mediaType: string, data: Buffer, { timeLimitMs = READ_TIME_LIMITS_MS[job], maxChars }: ReadOptions = {}) {
  let result: WorkerResult;
  try {
    // A copy of its own, moved to the worker rather than cloned again on the way (a 300 KB resume cost
    // 0.6 ms of the server's thread per application to clone, bench/applications.mjs).
    const bytes = new Uint8Array(data);
    result = await readers(job).run({ job, mediaType, data: bytes, maxChars }, { signal: AbortSignal.timeout(timeLimitMs), transferList: [bytes.buffer] });
  } catch (error) {
    if (error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError")) {
      throw new DocumentUnreadable(`reading took longer than ${timeLimitMs / 1000} s`, "limit", { cause: error });
    }
    if ((error as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY") {
      throw new DocumentUnreadable("reading used up the reader's memory", "limit", { cause: error });
    }
    throw new DocumentUnreadable(`the document reader could not run: ${error instanceof Error ? error.message : String(error)}`, "unavailable", { cause: error });
  }
  if (!result.ok) throw new DocumentUnreadable(result.message, "damaged");
  return result.value;
}
