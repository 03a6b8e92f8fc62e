import "server-only";
import type { JobBoardProvider } from "@/lib/enums";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { BoardPosting, SkippedPosting } from "@/lib/postings/boards/draft";
import { greenhouseDetailSchema, greenhousePosting, readGreenhouseList, type GreenhouseJob } from "@/lib/postings/boards/greenhouse";
import { leverPosting, readLeverList } from "@/lib/postings/boards/lever";
import { fetchJson, FetchJsonError } from "@/server/http/fetch-json";

/** Where the public board APIs are: Greenhouse's and Lever's by default, or another Candor's, or a test's server. */
export type BoardApis = { greenhouse: string; lever: string };

export function boardApis(): BoardApis {
  return { greenhouse: env().GREENHOUSE_BOARDS_API_URL, lever: env().LEVER_POSTINGS_API_URL };
}

export const BOARD_LIMITS = {
  /** The board's list. Lever sends every posting with its full text in one answer: about 6 MB for 300. */
  maxListBytes: 10 * 1024 * 1024,
  /** One Greenhouse job with its questions. */
  maxJobBytes: 2 * 1024 * 1024,
  /** One request. */
  timeoutMs: 15_000,
  /** Greenhouse jobs read at once. */
  concurrency: 4,
  /**
   * Characters of postings (as JSON) one import keeps in memory until it writes them. Each Greenhouse job
   * may answer 2 MB of questions, which take about three times that once read: 500 such jobs would need
   * gigabytes. A real board of 500 jobs is a few megabytes; past this, the rest wait for the next import.
   */
  maxImportChars: 16 * 1024 * 1024,
};

const names: Record<JobBoardProvider, string> = { greenhouse: "Greenhouse", lever: "Lever" };

const unknownBoard: Record<JobBoardProvider, (board: string) => string> = {
  greenhouse: (board) =>
    `Greenhouse has no job board called “${board}”. The board token is the last part of the board's address, as in boards.greenhouse.io/${board}; check it and import again.`,
  lever: (board) => `Lever has no job site called “${board}”. The site name is the part after jobs.lever.co/ in its address; check it and import again.`,
};

/** The user's sentence for a failed request; nothing has been stored when it is shown. */
function failure(provider: JobBoardProvider, board: string, error: FetchJsonError): AppError {
  const name = names[provider];
  const nothing = "Nothing was imported.";
  switch (error.failure) {
    case "not_found": {
      const message = unknownBoard[provider](board);
      return new AppError("NOT_FOUND", message, { board: [message] });
    }
    case "timeout":
      return new AppError("VALIDATION", `${name} took too long to answer. ${nothing} Try again in a moment.`);
    case "too_large":
      return new AppError("VALIDATION", `${name}'s answer is larger than Candor reads at once (10 MB for a board, 2 MB for a job). ${nothing}`);
    case "refused":
      return new AppError("VALIDATION", `${name} answered with an error (HTTP ${error.status}). ${nothing} Try again later.`);
    case "redirected":
      return new AppError(
        "VALIDATION",
        `${name} sent Candor on to another site, which it does not follow. ${nothing} Ask your administrator to check Candor's ${provider === "greenhouse" ? "GREENHOUSE_BOARDS_API_URL" : "LEVER_POSTINGS_API_URL"}.`,
      );
    case "not_json":
      return malformed(provider);
    case "unreachable":
      return new AppError("VALIDATION", `Candor could not reach ${name} just now. ${nothing} Try again in a moment.`);
  }
}

const malformed = (provider: JobBoardProvider) =>
  new AppError("VALIDATION", `${names[provider]}'s answer is not a job board in the shape its API documents, so Candor cannot read it. Nothing was imported.`);

async function get(provider: JobBoardProvider, board: string, url: string, maxBytes: number, signal: AbortSignal): Promise<unknown> {
  try {
    return await fetchJson(url, { maxBytes, timeoutMs: BOARD_LIMITS.timeoutMs, signal });
  } catch (error) {
    if (error instanceof FetchJsonError) throw failure(provider, board, error);
    throw error;
  }
}

/** A board's list as read, and a way to read the chosen postings in full. */
export type ListedBoard = {
  entries: { externalId: string; title: string }[];
  /** Entries of the list that were not jobs Candor could read. */
  unreadable: SkippedPosting[];
  /**
   * The chosen postings in full; those that left the board in the meantime are reported as skipped, and
   * those past BOARD_LIMITS.maxImportChars are not read (`later`: how many) for the next import to bring.
   */
  read: (externalIds: string[]) => Promise<{ postings: BoardPosting[]; gone: SkippedPosting[]; later: number }>;
};

async function inBatches<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) results.push(...(await Promise.all(items.slice(start, start + size).map(work))));
  return results;
}

const jobFailures: Partial<Record<FetchJsonError["failure"], string>> = {
  not_found: "It was taken off the board while Candor read it.",
  not_json: "Greenhouse's answer for this job is not in the shape its API documents, so it was not imported.",
  too_large: "Greenhouse's answer for this job is over 2 MB, more than Candor reads for one job.",
};

async function listGreenhouse(board: string, base: string, signal: AbortSignal): Promise<ListedBoard> {
  const root = `${base}/${encodeURIComponent(board)}/jobs`;
  const list = readGreenhouseList(await get("greenhouse", board, `${root}?content=true`, BOARD_LIMITS.maxListBytes, signal));
  if (!list) throw malformed("greenhouse");
  const byId = new Map(list.jobs.map((entry) => [entry.externalId, entry.job]));
  return {
    entries: list.jobs.map(({ externalId, title }) => ({ externalId, title })),
    unreadable: list.unreadable,
    read: async (externalIds) => {
      const gone: SkippedPosting[] = [];
      let kept = 0;
      let later = 0;
      // Pay ranges and questions are only in each job's own answer.
      const read = await inBatches(externalIds, BOARD_LIMITS.concurrency, async (externalId) => {
        if (kept > BOARD_LIMITS.maxImportChars) {
          later += 1;
          return null;
        }
        const listed = byId.get(externalId) as GreenhouseJob;
        const url = `${root}/${encodeURIComponent(externalId)}?questions=true&pay_transparency=true`;
        let json: unknown;
        try {
          json = await fetchJson(url, { maxBytes: BOARD_LIMITS.maxJobBytes, timeoutMs: BOARD_LIMITS.timeoutMs, signal });
        } catch (error) {
          if (!(error instanceof FetchJsonError)) throw error;
          // What this job's answer holds is this job's problem; a service that fails is every job's.
          const reason = jobFailures[error.failure];
          if (!reason) throw failure("greenhouse", board, error);
          gone.push({ externalId, title: listed.title, reason });
          return null;
        }
        const detail = greenhouseDetailSchema.safeParse(json);
        if (!detail.success) {
          gone.push({ externalId, title: listed.title, reason: jobFailures.not_json! });
          return null;
        }
        const posting = greenhousePosting(board, listed, detail.data);
        kept += JSON.stringify(posting).length;
        return posting;
      });
      return { postings: read.filter((posting) => posting !== null), gone, later };
    },
  };
}

async function listLever(site: string, base: string, signal: AbortSignal): Promise<ListedBoard> {
  const list = readLeverList(await get("lever", site, `${base}/${encodeURIComponent(site)}?mode=json`, BOARD_LIMITS.maxListBytes, signal));
  if (!list) throw malformed("lever");
  const byId = new Map(list.jobs.map((entry) => [entry.externalId, entry.job]));
  return {
    entries: list.jobs.map(({ externalId, title }) => ({ externalId, title })),
    unreadable: list.unreadable,
    // Lever's list holds each posting whole, within the list's 10 MB.
    read: async (externalIds) => ({ postings: externalIds.map((externalId) => leverPosting(site, byId.get(externalId)!)), gone: [], later: 0 }),
  };
}

/**
 * Reads a Greenhouse board's or a Lever site's list of open jobs. Throws an AppError that says what to
 * do when the board is unknown, the service can't be reached or answers something else than a board.
 */
export function listBoard(provider: JobBoardProvider, board: string, apis: BoardApis, signal: AbortSignal): Promise<ListedBoard> {
  return provider === "greenhouse" ? listGreenhouse(board, apis.greenhouse, signal) : listLever(board, apis.lever, signal);
}
