import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

type Manifest = { node: Record<string, { filename?: string; exportedName?: string }> };

let manifest: Manifest | undefined;

/** The id Next gave a server action in this build, found by its file and export name. */
export function serverActionId(filename: string, exportedName: string): string {
  manifest ??= JSON.parse(readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8")) as Manifest;
  const entry = Object.entries(manifest.node).find(([, action]) => action.filename === filename && action.exportedName === exportedName);
  if (!entry) throw new Error(`No server action ${exportedName} in ${filename} in this build`);
  return entry[0];
}

/**
 * Calls a server action the way a hostile client could: straight over HTTP with this page's cookies,
 * bypassing whatever the page shows or hides. Returns the action's result (for actions built with
 * memberAction/publicAction: `{ ok, code, ... }`) and the HTTP status.
 */
export async function callServerAction<T = { ok: boolean; code?: string; formError?: string; data?: unknown }>(
  page: Page,
  { file, action, args, from = "/" }: { file: string; action: string; args: unknown[]; from?: string },
): Promise<{ status: number; result: T | undefined; threw: boolean }> {
  const response = await page.request.post(from, {
    headers: {
      "Next-Action": serverActionId(file, action),
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
    },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
  const body = await response.text();
  // The flight response: "0:{...root...}\n1:<the action's return value>\n", or "1:E{digest}" when it threw.
  const line = body.split("\n").find((row) => row.startsWith("1:"));
  if (!line || line.startsWith("1:E")) return { status: response.status(), result: undefined, threw: true };
  return { status: response.status(), result: JSON.parse(line.slice(2)) as T, threw: false };
}
