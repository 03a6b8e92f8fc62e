import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { createElement, type FunctionComponent } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

const dashboard = path.join(__dirname, "../../app/(dashboard)");

/** Every loading.tsx under the dashboard. */
function loadingFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    if (statSync(full).isDirectory()) return loadingFiles(full);
    return name === "loading.tsx" ? [full] : [];
  });
}

describe("dashboard loading states", () => {
  const files = loadingFiles(dashboard);

  it("cover the main data pages", () => {
    const routes = files.map((file) => path.relative(dashboard, path.dirname(file)));
    expect(routes).toEqual(
      expect.arrayContaining(["account", "candidates/(search)", "jobs/[jobId]/(overview)", "settings/members", "settings/audit-log"]),
    );
  });

  it.each(files.map((file) => [path.relative(dashboard, file), file]))("%s: says what is loading, is busy, and is no spinner", async (_name, file) => {
    const { default: Loading } = (await import(file)) as { default: FunctionComponent };
    const html = renderToStaticMarkup(createElement(Loading));
    // One polite status naming what loads ("Loading candidates…"), outside the busy shapes so it is read.
    expect(html).toMatch(/<p role="status" aria-live="polite" class="sr-only">Loading [^<]+…<\/p>/);
    expect(html.match(/role="status"/g)).toHaveLength(1);
    expect(html).toMatch(/<div aria-busy="true"/);
    expect(html).not.toContain("animate-spin");
    // The grey shapes are hidden from screen readers: nothing else is announced.
    const text = html.replace(/<p role="status"[^>]*>[^<]*<\/p>/, "").replace(/<[^>]+>/g, "");
    expect(text).toBe("");
  });
});
