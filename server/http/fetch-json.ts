import "server-only";
import { readBodyUpTo } from "./read-body";

/** Why another service's answer could not be used; the caller words it for the user. */
export type FetchFailure = "not_found" | "unreachable" | "timeout" | "too_large" | "refused" | "redirected" | "not_json";

export class FetchJsonError extends Error {
  override name = "FetchJsonError";
  constructor(
    readonly failure: FetchFailure,
    readonly url: string,
    readonly status?: number,
  ) {
    super(`${failure}${status ? ` (HTTP ${status})` : ""}: ${url}`);
  }
}

export type FetchJsonLimits = {
  /** Bytes of body read at most; a longer answer is refused without reading the rest. */
  maxBytes: number;
  /** For this request. */
  timeoutMs: number;
  /** Aborts it too: the deadline of the whole task this request is part of. */
  signal?: AbortSignal;
};

function readBounded(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  return readBodyUpTo(response, maxBytes, () => new FetchJsonError("too_large", url));
}

const MAX_REDIRECTS = 3;

/**
 * The answer, after redirects within the service's own origin. A redirect elsewhere is refused: the
 * service's address is configured, and an answer must not send Candor to another host (an internal one).
 */
async function follow(url: string, signal: AbortSignal): Promise<Response> {
  let current = new URL(url);
  for (let hop = 0; ; hop++) {
    const response = await fetch(current, { headers: { accept: "application/json", "user-agent": "Candor job import" }, redirect: "manual", signal });
    if (response.status < 300 || response.status > 399) return response;
    await response.body?.cancel();
    const location = response.headers.get("location");
    const next = location ? new URL(location, current) : null;
    if (!next || next.origin !== current.origin || hop >= MAX_REDIRECTS) throw new FetchJsonError("redirected", url, response.status);
    current = next;
  }
}

/**
 * GETs JSON from another service with a time limit and a size limit, reading the body as it comes so an
 * endless or huge answer costs no more than `maxBytes`. Any failure is a FetchJsonError saying which kind.
 */
export async function fetchJson(url: string, limits: FetchJsonLimits): Promise<unknown> {
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const signal = limits.signal ? AbortSignal.any([timeout, limits.signal]) : timeout;
  try {
    const response = await follow(url, signal);
    if (response.status === 404) {
      await response.body?.cancel();
      throw new FetchJsonError("not_found", url, 404);
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new FetchJsonError("refused", url, response.status);
    }
    const bytes = await readBounded(response, limits.maxBytes, url);
    try {
      return JSON.parse(new TextDecoder("utf-8").decode(bytes)) as unknown;
    } catch {
      throw new FetchJsonError("not_json", url, response.status);
    }
  } catch (error) {
    if (error instanceof FetchJsonError) throw error;
    if (signal.aborted) throw new FetchJsonError("timeout", url);
    throw new FetchJsonError("unreachable", url);
  }
}
