import { renderMarkdown } from "@/lib/markdown";
import { escapeHtml } from "@/lib/public-api/board";

// The REST API's reference page (/api/v1/docs): one HTML document rendered on the server from
// openapi.json, with no script at all (the CSP allows none) and its styles inline.

type Schema = { $ref?: string; type?: string | string[]; format?: string; enum?: unknown[]; items?: Schema; properties?: Record<string, Schema>; required?: string[]; description?: string; anyOf?: Schema[]; default?: unknown; maximum?: number; minimum?: number; maxLength?: number };
type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: Schema };
type Operation = { operationId: string; summary?: string; description?: string; tags?: string[]; parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> }; responses: Record<string, { description: string; content?: Record<string, { schema?: Schema }> }> };
export type OpenApiDocumentShape = { info: { title: string; version: string; description?: string }; paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Schema> } };

const e = escapeHtml;
const refName = (ref: string) => ref.split("/").at(-1)!;
const anchor = (name: string) => `schema-${name.replace(/[^A-Za-z0-9_-]/g, "")}`;

function typeOf(schema: Schema | undefined): string {
  if (!schema) return "";
  if (schema.$ref) return `<a href="#${anchor(refName(schema.$ref))}">${e(refName(schema.$ref))}</a>`;
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(" or ");
  if (schema.enum) return `one of ${schema.enum.map((value) => `<code>${e(String(value))}</code>`).join(", ")}`;
  const type = Array.isArray(schema.type) ? schema.type.join(" or ") : (schema.type ?? "any");
  if (type === "array") return `list of ${typeOf(schema.items)}`;
  const limits = [schema.format, schema.minimum !== undefined ? `≥ ${schema.minimum}` : "", schema.maximum !== undefined ? `≤ ${schema.maximum}` : "", schema.maxLength !== undefined ? `≤ ${schema.maxLength} characters` : ""].filter(Boolean);
  return `${e(type)}${limits.length ? ` (${e(limits.join(", "))})` : ""}`;
}

function table(caption: string, head: string[], rows: string[][]): string {
  if (rows.length === 0) return "";
  return `<table><caption>${e(caption)}</caption><thead><tr>${head.map((h) => `<th scope="col">${e(h)}</th>`).join("")}</tr></thead><tbody>${rows
    .map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${cell}</th>` : `<td>${cell}</td>`)).join("")}</tr>`)
    .join("")}</tbody></table>`;
}

function propertiesTable(caption: string, schema: Schema): string {
  const required = new Set(schema.required ?? []);
  return table(
    caption,
    ["Field", "Type", "Required", "Description"],
    Object.entries(schema.properties ?? {}).map(([name, property]) => [`<code>${e(name)}</code>`, typeOf(property), required.has(name) ? "yes" : "no", e(property.description ?? "")]),
  );
}

function operationHtml(path: string, method: string, operation: Operation): string {
  const parameters = operation.parameters ?? [];
  const body = operation.requestBody?.content["application/json"]?.schema;
  const responses = Object.entries(operation.responses).map(([status, response]) => {
    const [type, content] = Object.entries(response.content ?? {})[0] ?? [];
    return [e(status), e(response.description), type ? `<code>${e(type)}</code>${content?.schema ? ` ${typeOf(content.schema)}` : ""}` : ""];
  });
  return `<section aria-labelledby="${e(operation.operationId)}" class="operation">
<h3 id="${e(operation.operationId)}"><span class="method">${e(method.toUpperCase())}</span> <code>${e(path)}</code></h3>
<p class="summary">${e(operation.summary ?? "")}</p>
${operation.description ? `<div class="prose">${renderMarkdown(operation.description)}</div>` : ""}
${table(`Parameters of ${operation.operationId}`, ["Name", "In", "Type", "Required", "Description"], parameters.map((p) => [`<code>${e(p.name)}</code>`, e(p.in), typeOf(p.schema), p.required ? "yes" : "no", e(p.description ?? p.schema?.description ?? "")]))}
${body ? `<p>Body (<code>application/json</code>): ${typeOf(body)}</p>` : ""}
${table(`Responses of ${operation.operationId}`, ["Status", "Meaning", "Content"], responses)}
</section>`;
}

export function renderApiReference(document: OpenApiDocumentShape): string {
  const operations = Object.entries(document.paths).flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => ({ path, method, operation })));
  const schemas = Object.entries(document.components?.schemas ?? {});
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(document.info.title)} reference · Candor</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;color:#0f172a;background:#f8fafc;margin:0}
main{max-width:60rem;margin:0 auto;padding:1.5rem}
a{color:#3730a3}
code{font-family:ui-monospace,monospace;font-size:.9em;background:#e2e8f0;padding:0 .2em;border-radius:3px}
.operation,.schema{background:#fff;border:1px solid #cbd5e1;border-radius:8px;padding:1rem 1.25rem;margin:1rem 0}
.method{display:inline-block;min-width:3.5rem;font-weight:700;color:#fff;background:#3730a3;border-radius:4px;padding:0 .4rem;text-align:center;font-size:.85em}
h3{margin:0 0 .25rem}
.summary{margin:.25rem 0;font-weight:600}
table{border-collapse:collapse;width:100%;margin:.75rem 0;font-size:.9rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border-top:1px solid #e2e8f0;padding:.35rem .5rem;text-align:left;vertical-align:top}
nav ul{columns:2;padding-left:1.25rem}
</style>
</head>
<body>
<main>
<h1>${e(document.info.title)} <small>v${e(document.info.version)}</small></h1>
<div class="prose">${renderMarkdown(document.info.description ?? "")}</div>
<p>The machine-readable document: <a href="/api/v1/openapi.json">openapi.json</a> (OpenAPI 3.1).</p>
<nav aria-labelledby="contents"><h2 id="contents">Operations</h2><ul>${operations
    .map(({ path, method, operation }) => `<li><a href="#${e(operation.operationId)}">${e(operation.summary ?? `${method.toUpperCase()} ${path}`)}</a></li>`)
    .join("")}</ul></nav>
<h2>Operations</h2>
${operations.map(({ path, method, operation }) => operationHtml(path, method, operation)).join("\n")}
<h2>Schemas</h2>
${schemas.map(([name, schema]) => `<section aria-labelledby="${anchor(name)}" class="schema"><h3 id="${anchor(name)}">${e(name)}</h3>${schema.description ? `<p>${e(schema.description)}</p>` : ""}${schema.properties ? propertiesTable(`Fields of ${name}`, schema) : `<p>${typeOf(schema)}</p>`}</section>`).join("\n")}
</main>
</body>
</html>`;
}
