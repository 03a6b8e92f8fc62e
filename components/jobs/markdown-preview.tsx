"use client";

import type { ActionResult } from "@/lib/action-result";
import { DescriptionHtml } from "./description-html";
import { useLiveResult } from "./use-live-result";

/**
 * The description as candidates will see it, rendered by the server with the posting page's own
 * sanitiser a moment after typing stops.
 */
export function MarkdownPreview({
  markdown,
  initialHtml,
  render,
}: {
  markdown: string;
  initialHtml: string;
  render: (input: { markdown: string }) => Promise<ActionResult<string>>;
}) {
  const { value: html, busy } = useLiveResult(markdown, () => render({ markdown }), initialHtml);

  return (
    <section aria-labelledby="preview-heading" aria-busy={busy || undefined} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="preview-heading" className="text-sm font-semibold text-slate-700">
        Preview
      </h2>
      {html ? <DescriptionHtml html={html} /> : <p className="mt-2 text-sm text-slate-600">The description will show here as you type.</p>}
    </section>
  );
}
