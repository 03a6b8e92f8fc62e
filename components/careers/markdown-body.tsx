import { renderMarkdown } from "@/lib/markdown";

/**
 * Markdown an organisation wrote (a job description, its careers introduction, its privacy notice) as
 * HTML. renderMarkdown sanitises (no scripts, styles, event handlers or unsafe links), which is what
 * makes inserting its output here safe; nothing else may be inserted this way. Links take the brand colour.
 */
export function MarkdownBody({ markdown, className = "" }: { markdown: string; className?: string }) {
  return (
    <div
      className={`max-w-prose text-slate-800 [&_a]:text-brand [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:border-slate-300 [&_blockquote]:pl-4 [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_h2]:mt-8 [&_h2]:text-xl [&_h2]:font-semibold [&_h3]:mt-6 [&_h3]:text-lg [&_h3]:font-semibold [&_li]:mt-1 [&_ol]:mt-3 [&_ol]:list-decimal [&_ol]:pl-6 [&_p]:mt-4 [&_table]:mt-4 [&_td]:border [&_td]:border-slate-300 [&_td]:px-2 [&_th]:border [&_th]:border-slate-300 [&_th]:px-2 [&_ul]:mt-3 [&_ul]:list-disc [&_ul]:pl-6 ${className}`}
      dangerouslySetInnerHTML={{ __html: renderMarkdown(markdown) }}
    />
  );
}
