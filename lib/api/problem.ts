import type { z } from "zod";
import type { AppErrorCode } from "@/lib/errors";
import type { Problem } from "@/lib/validation/api";

const titles: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
};

/** An RFC 9457 problem: `type` is about:blank, so `title` is the status's phrase and `detail` says what happened. */
export function problem(status: number, detail: string, errors?: Problem["errors"]): Problem {
  return { type: "about:blank", title: titles[status] ?? "Error", status, detail, ...(errors?.length ? { errors } : {}) };
}

/** zod's issues as RFC 6901 pointers into what was sent ("/stageId"), so a client can tell which field. */
export function problemErrors(error: z.ZodError, root = ""): NonNullable<Problem["errors"]> {
  return error.issues.map((issue) => ({
    pointer: `${root}/${issue.path.map((part) => String(part).replaceAll("~", "~0").replaceAll("/", "~1")).join("/")}`,
    detail: issue.message,
  }));
}

/** The HTTP status of an expected failure a use case threw. */
export const statusOfAppError: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 422,
  RATE_LIMITED: 429,
  ALREADY_APPLIED: 409,
  STALE_VERSION: 409,
  CONFLICT: 409,
};

/**
 * The IETF RateLimit fields (draft-ietf-httpapi-ratelimit-headers): the policy (quota per window) and
 * what is left of it now, with the seconds until the window starts again.
 */
export function rateLimitHeaders(state: { limit: number; windowSeconds: number; remaining: number; resetSeconds: number }): Record<string, string> {
  return {
    "RateLimit-Policy": `"per-key";q=${state.limit};w=${state.windowSeconds}`,
    RateLimit: `"per-key";r=${Math.max(0, state.remaining)};t=${Math.max(0, state.resetSeconds)}`,
  };
}

/** A cursor for keyset pagination: the last row's (updated_at, id), opaque to the client. */
export function encodeCursor(row: { cursorAt: string; id: string }): string {
  return Buffer.from(`${row.cursorAt}|${row.id}`).toString("base64url");
}

export function decodeCursor(cursor: string): { updatedAt: string; id: string } | null {
  const [updatedAt, id, ...rest] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  if (rest.length > 0 || !updatedAt || !id) return null;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(updatedAt)) return null;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
  return { updatedAt, id };
}
