import type { CandidateSearchRow } from "@/server/candidates/search-candidates";
import { excerptParts } from "@/lib/candidates/search-terms";

const fieldLabels = { name: "name", email: "email", phone: "phone" } as const;

/** Why a candidate is in the results: the contact fields the text matched, and the resume words, in context. */
export function MatchReason({ row }: { row: Pick<CandidateSearchRow, "matchedOn" | "resumeExcerpt"> }) {
  if (row.matchedOn.length === 0 && !row.resumeExcerpt) return null;
  return (
    <div className="mt-1 text-xs text-slate-700">
      {row.matchedOn.length > 0 && <p>Matched {row.matchedOn.map((field) => fieldLabels[field]).join(", ")}</p>}
      {row.resumeExcerpt && (
        <p>
          Matched resume: “…
          {excerptParts(row.resumeExcerpt).map((part, i) =>
            part.match ? (
              <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-slate-900">
                {part.text}
              </mark>
            ) : (
              part.text
            ),
          )}
          …”
        </p>
      )}
    </div>
  );
}
