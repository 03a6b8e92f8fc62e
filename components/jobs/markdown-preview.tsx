"use client";

import { useEffect, useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { DescriptionHtml } from "./description-html";

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
  const [html, setHtml] = useState(initialHtml);
  const [rendered, setRendered] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void render({ markdown }).then((result) => {
        if (current && result.ok) {
          setHtml(result.data);
          setRendered(markdown);
        }
      });
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [markdown, render]);

  return (
    <section aria-labelledby="preview-heading" aria-busy={rendered !== markdown && rendered !== null ? true : undefined} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="preview-heading" className="text-sm font-semibold text-slate-700">
        Preview
      </h2>
      {html ? <DescriptionHtml html={html} /> : <p className="mt-2 text-sm text-slate-600">The description will show here as you type.</p>}
    </section>
  );
}
