import "server-only";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { env } from "@/lib/env";
import { apiScopeLabels, apiScopes } from "@/lib/permissions";
import { problemSchema } from "@/lib/validation/api";
import type { ApiOperation } from "./operation";
import { apiOperations } from "./operations";

const failureText: Record<number, string> = {
  400: "The query is not valid",
  401: "No key, or not a live one",
  403: "The key lacks the scope",
  404: "Not found for this key (or of another organisation)",
  409: "The application changed since it was read (a stale version), or cannot change that way",
  413: "The body is too large",
  415: "The body is not JSON (or, where a form is asked for, not multipart/form-data)",
  422: "The body is not valid",
  429: "Too many requests for this key; wait for Retry-After",
};

const problemContent = { "application/problem+json": { schema: problemSchema } };

function operationObject(operation: ApiOperation): ZodOpenApiOperationObject {
  const scope = `${operation.scope.resource}:${operation.scope.access}`;
  const failures = [...new Set([401, 403, ...operation.failures, 429])].sort();
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    description: [operation.description, `Needs the \`${scope}\` scope (or \`${operation.scope.access}\`${operation.scope.access === "read" ? ", or a write scope" : ""}).`]
      .filter(Boolean)
      .join("\n\n"),
    tags: [operation.tag],
    requestParams: { ...(operation.params ? { path: operation.params } : {}), ...(operation.query ? { query: operation.query } : {}) },
    ...(operation.body
      ? {
          requestBody: {
            required: true,
            content: operation.form ? { "multipart/form-data": { schema: operation.form.description } } : { "application/json": { schema: operation.body } },
          },
        }
      : {}),
    responses: {
      [operation.response.status]:
        "binary" in operation.response
          ? { description: operation.response.description, content: { "application/octet-stream": { schema: { type: "string", contentMediaType: "application/octet-stream" } } } }
          : { description: operation.response.description, content: { "application/json": { schema: operation.response.schema } } },
      ...Object.fromEntries(failures.map((status) => [status, { description: failureText[status] ?? "Error", content: problemContent }])),
    },
  };
}

/** The OpenAPI 3.1 document of /api/v1, generated from the operations' own zod schemas. */
export function openApiDocument() {
  const paths: ZodOpenApiPathsObject = {};
  for (const operation of apiOperations) (paths[operation.path] ??= {})[operation.method] = operationObject(operation);
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Candor REST API",
      version: "1.0.0",
      description: [
        "Read and change your organisation's jobs, candidates and applications with an API key (Settings → API keys).",
        "Send it as `Authorization: Bearer candor_…`. Every error is RFC 9457 `application/problem+json`.",
        "Each key has a per-minute request quota, announced in the `RateLimit` and `RateLimit-Policy` headers; beyond it the answer is 429 with `Retry-After`.",
        `Scopes: ${apiScopes.map((scope) => `\`${scope}\` (${apiScopeLabels[scope]})`).join("; ")}.`,
      ].join("\n\n"),
    },
    servers: [{ url: env().APP_URL }],
    security: [{ apiKey: [] }],
    components: { securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "An API key: candor_…" } } },
    paths,
  });
}
