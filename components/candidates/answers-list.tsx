import type { Answer } from "@/db/queries/profile";
import { fileUrl } from "@/lib/files/download";

function display(value: Answer["value"]): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (Array.isArray(value)) return value.length > 0 ? value.join(", ") : "—";
  return value;
}

/**
 * The application form's answers. With `hidden` (anonymised review) file answers are not offered,
 * since the original could name the candidate, and text goes through `transform` (redaction).
 */
export function AnswersList({ answers, hidden = false, transform }: { answers: Answer[]; hidden?: boolean; transform?: (text: string) => string }) {
  if (answers.length === 0) return <p className="text-sm text-slate-700">This job asked no extra questions.</p>;
  return (
    <dl className="flex flex-col gap-3 text-sm">
      {answers.map((answer) => (
        <div key={answer.id}>
          <dt className="font-medium text-slate-900">{answer.label}</dt>
          <dd className="mt-0.5 break-words whitespace-pre-wrap text-slate-800">
            {answer.type === "file" ? (
              !answer.fileId ? (
                "—"
              ) : hidden ? (
                "File hidden during anonymised review"
              ) : (
                <a href={fileUrl(answer.fileId)} className="text-indigo-700 underline">
                  Download {answer.fileName}
                </a>
              )
            ) : transform ? (
              transform(display(answer.value))
            ) : (
              display(answer.value)
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
