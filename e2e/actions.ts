import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

type Manifest = { node: Record<string, { filename?: string; exportedName?: string; workers: Record<string, unknown> }> };

let manifest: Manifest | undefined;

/** The id Next gave a server action in this build, and the routes whose pages use it. */
export function serverAction(filename: string, exportedName: string): { id: string; routes: RegExp[] } {
  manifest ??= JSON.parse(readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8")) as Manifest;
  const entry = Object.entries(manifest.node).find(([, action]) => action.filename === filename && action.exportedName === exportedName);
  if (!entry) throw new Error(`No server action ${exportedName} in ${filename} in this build`);
  // "app/(dashboard)/applications/[applicationId]/page" → /^\/applications\/[^/]+$/
  const routes = Object.keys(entry[1].workers).map((worker) => {
    const segments = worker
      .replace(/^app\//, "")
      .replace(/\/page$/, "")
      .split("/")
      .filter((segment) => segment && !/^\(.*\)$/.test(segment));
    const pattern = segments.map((segment) => (/^\[.*\]$/.test(segment) ? "[^/]+" : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))).join("\\/");
    return new RegExp(`^\\/${pattern}$`);
  });
  return { id: entry[0], routes };
}

/**
 * Makes the next requests look like a visitor with a session cookie that is not valid: it passes the
 * sign-in proxy (which only checks that a cookie is there), so the action itself must refuse them.
 */
export async function forgeSessionCookie(page: Page, baseURL: string) {
  await page.context().addCookies([{ name: "authjs.session-token", value: "forged", url: baseURL }]);
}

/**
 * Calls a server action the way a hostile client could: straight over HTTP with this page's cookies,
 * bypassing whatever the page shows or hides. Returns the action's result (for actions built with
 * memberAction/publicAction: `{ ok, code, ... }`) and the HTTP status. `from` must be a page that uses the
 * action (Next may answer `{}` without running it from a page that does not use it).
 */
export async function callServerAction<T = { ok: boolean; code?: string; formError?: string; data?: unknown }>(
  page: Page,
  { file, action, args, from = "/" }: { file: string; action: string; args: unknown[]; from?: string },
): Promise<{ status: number; result: T | undefined; threw: boolean }> {
  const { id, routes } = serverAction(file, action);
  const response = await page.request.post(from, {
    headers: {
      "Next-Action": id,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
    },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
  const body = await response.text();
  // The flight response: "0:{...root...}\n1:<the action's return value>\n", or "1:E{digest}" when it threw.
  const line = body.split("\n").find((row) => row.startsWith("1:"));
  const pathname = new URL(from, "http://candor.test").pathname;
  if (body === "{}" && !routes.some((route) => route.test(pathname))) {
    throw new Error(`Next did not run ${action} from ${pathname}; post it from a page that uses it: ${routes.map(String).join(", ")}`);
  }
  if (!line || line.startsWith("1:E")) return { status: response.status(), result: undefined, threw: true };
  return { status: response.status(), result: JSON.parse(line.slice(2)) as T, threw: false };
}
