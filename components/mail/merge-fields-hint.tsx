import { MERGE_FIELDS } from "@/lib/mail/merge-fields";

/** The merge fields a subject or message may use, each with what it becomes. */
export function MergeFieldsHint() {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium text-accent-strong">Merge fields</summary>
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        {Object.entries(MERGE_FIELDS).map(([name, description]) => (
          <div key={name} className="contents">
            <dt className="font-mono">{`{{${name}}}`}</dt>
            <dd className="text-fg-muted">{description}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
