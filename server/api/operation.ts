import "server-only";
import { z } from "zod";
import { countWindowHit } from "@/db/queries/rate-limits";
import { bearerToken } from "@/lib/api/keys";
import { problem, problemErrors, rateLimitHeaders, statusOfAppError } from "@/lib/api/problem";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { apiKeyAllows, type ApiAccess, type ApiResource } from "@/lib/permissions";
import { API_MAX_BODY_BYTES, type Problem } from "@/lib/validation/api";
import { FormRefused } from "@/lib/request";
import { authenticateApiKey, type ApiActor } from "@/server/api-keys/authenticate-api-key";
import { readForm } from "@/server/http/read-form";

// One REST API operation (/api/v1) is declared once, here-shaped: its path, scope and zod schemas. The
// route file exports `apiHandler(operation)`; openapi.json is generated from the same declarations
// (server/api/openapi.ts lists them). Key auth, the rate limit, the scope check, parsing and problem
// errors happen in apiHandler, so a new route is one declaration and one line.

type AnyObject = z.ZodObject<z.ZodRawShape>;

export type ApiOperation<P extends AnyObject = AnyObject, Q extends AnyObject = AnyObject, B extends z.ZodType = z.ZodType> = {
  method: "get" | "post";
  /** The OpenAPI path, its parameters in braces: /api/v1/applications/{id}. */
  path: `/api/v1/${string}`;
  operationId: string;
  summary: string;
  description?: string;
  tag: "Jobs" | "Candidates" | "Applications" | "Attachments" | "Webhooks";
  scope: { resource: ApiResource; access: ApiAccess };
  params?: P;
  query?: Q;
  body?: B;
  /**
   * How the body comes: JSON (the default, up to API_MAX_BODY_BYTES), or a multipart form with files (a
   * resume), read within the forms' limits (lib/request.ts FORM_LIMITS). A form's files cannot be said in
   * JSON Schema, so such an operation describes its form for openapi.json itself.
   */
  form?: { description: Record<string, unknown> };
  /** The success answer: a JSON schema, or a file's bytes. */
  response: { status: 200 | 201; description: string; schema: z.ZodType } | { status: 200; description: string; binary: true };
  /** The failures this operation can answer besides 401, 403 and 429 (which every one can). */
  failures: (400 | 404 | 409 | 413 | 415 | 422)[];
  handle: (context: {
    actor: ApiActor;
    params: z.output<P>;
    query: z.output<Q>;
    body: z.output<B>;
    request: Request;
  }) => Promise<unknown>;
};

export function apiOperation<P extends AnyObject = AnyObject, Q extends AnyObject = AnyObject, B extends z.ZodType = z.ZodType>(
  operation: ApiOperation<P, Q, B>,
): ApiOperation<P, Q, B> {
  return operation;
}

const RATE_WINDOW_SECONDS = 60;

class ProblemResponse extends Error {
  constructor(
    readonly problem: Problem,
    readonly headers: Record<string, string> = {},
  ) {
    super(problem.detail);
  }
}

export function problemResponse(body: Problem, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status: body.status, headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...headers } });
}

/** The route handler of an operation: `export const GET = apiHandler(listJobs)`. */
export function apiHandler<P extends AnyObject, Q extends AnyObject, B extends z.ZodType>(operation: ApiOperation<P, Q, B>) {
  return async (request: Request, context: { params: Promise<Record<string, string | string[]>> }): Promise<Response> => {
    let limitHeaders: Record<string, string> = {};
    try {
      const actor = await authenticateApiKey(bearerToken(request.headers.get("authorization")));
      if (!actor) {
        throw new ProblemResponse(problem(401, "Send a live API key as `Authorization: Bearer candor_…`."), { "WWW-Authenticate": 'Bearer realm="candor"' });
      }
      const limit = env().API_RATE_LIMIT_PER_MINUTE;
      const { hits, resetSeconds } = await countWindowHit(`api:key:${actor.apiKey.id}`, RATE_WINDOW_SECONDS);
      limitHeaders = rateLimitHeaders({ limit, windowSeconds: RATE_WINDOW_SECONDS, remaining: limit - hits, resetSeconds });
      if (hits > limit) {
        throw new ProblemResponse(problem(429, `This key may make ${limit} requests a minute. Try again in ${resetSeconds} s.`), { "Retry-After": String(resetSeconds) });
      }
      if (!apiKeyAllows(actor.apiKey.scopes, operation.scope.resource, operation.scope.access)) {
        throw new ProblemResponse(problem(403, `This key lacks the ${operation.scope.resource}:${operation.scope.access} scope.`));
      }
      const params = parsePart(operation.params, await context.params, "/path", 404);
      const query = parsePart(operation.query, Object.fromEntries(new URL(request.url).searchParams), "/query", 400);
      const body = operation.body ? parsePart(operation.body, operation.form ? await readMultipartBody(request) : await readJsonBody(request), "", 422) : undefined;
      const result = await operation.handle({ actor, params, query, body, request } as Parameters<typeof operation.handle>[0]);
      if (result instanceof Response) {
        for (const [name, value] of Object.entries(limitHeaders)) result.headers.set(name, value);
        return result;
      }
      return Response.json(result, { status: operation.response.status, headers: { "Cache-Control": "no-store", ...limitHeaders } });
    } catch (error) {
      if (error instanceof ProblemResponse) return problemResponse(error.problem, { ...limitHeaders, ...error.headers });
      if (error instanceof AppError) {
        const status = statusOfAppError[error.code];
        const errors = Object.entries(error.fieldErrors ?? {}).flatMap(([field, messages]) => messages.map((detail) => ({ pointer: `/${field}`, detail })));
        return problemResponse(problem(status, error.message, errors), limitHeaders);
      }
      console.error("candor: API request failed", operation.operationId, error);
      return problemResponse(problem(500, "Something went wrong on our side. Please try again in a moment."), limitHeaders);
    }
  };
}

function parsePart<S extends z.ZodType | undefined>(schema: S, value: unknown, root: string, status: number) {
  if (!schema) return undefined;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  // A malformed id in the path names nothing: the same 404 as an id of another organisation's row.
  if (status === 404) throw new ProblemResponse(problem(404, "There is nothing at this address for this key."));
  throw new ProblemResponse(problem(status, "The request is not valid; see `errors`.", problemErrors(parsed.error, root)));
}

/** A multipart form's fields and files, held to the forms' limits while read. */
async function readMultipartBody(request: Request): Promise<Record<string, unknown>> {
  if (!/^multipart\/form-data\s*;/i.test(request.headers.get("content-type") ?? "")) throw new ProblemResponse(problem(415, "Send the body as multipart/form-data."));
  try {
    return await readForm(request);
  } catch (error) {
    if (!(error instanceof FormRefused)) throw error;
    const status = error.status === 413 ? 413 : error.status === 503 ? 429 : 400;
    throw new ProblemResponse(problem(status, error.message, error.field ? [{ pointer: `/${error.field}`, detail: error.message }] : []));
  }
}

/** The JSON body, held to API_MAX_BODY_BYTES while it is read (a client may lie about its length). */
async function readJsonBody(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/([a-z.+-]+\+)?json\s*(;|$)/i.test(type)) throw new ProblemResponse(problem(415, "Send the body as application/json."));
  const tooLarge = () => new ProblemResponse(problem(413, `Keep the body under ${API_MAX_BODY_BYTES / 1024} KiB.`));
  if (Number(request.headers.get("content-length") ?? 0) > API_MAX_BODY_BYTES) throw tooLarge();
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > API_MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new ProblemResponse(problem(400, "The body is not valid JSON."));
  }
}
