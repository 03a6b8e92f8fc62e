import Link from "@/components/ui/link";
import type { Viewer } from "@/lib/auth/viewer";
import { findPossibleDuplicates } from "@/server/candidates/find-possible-duplicates";

const reasonLabels = { same_phone: "Same phone number", similar_name: "Similar name, different email" } as const;

/**
 * On the candidate profile: other records that may be the same person, each with a link to compare and
 * merge. Only members who may merge see it; for everyone else, as for an empty list, it shows nothing.
 */
export async function PossibleDuplicates({ candidateId, viewer }: { candidateId: string; viewer: Viewer }) {
  const duplicates = await findPossibleDuplicates(viewer, candidateId);
  if (duplicates.length === 0) return null;
  return (
    <section aria-labelledby="possible-duplicates-heading" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="possible-duplicates-heading" className="text-base font-semibold text-amber-950">
        Possible duplicates
      </h2>
      <p className="mt-1 text-sm text-amber-950">These records may be the same person. Compare them and merge if they are.</p>
      <ul className="mt-3 flex flex-col gap-2">
        {duplicates.map((duplicate) => (
          <li key={duplicate.id} className="flex flex-wrap items-baseline justify-between gap-2 rounded-md bg-white px-3 py-2 text-sm">
            <span>
              <span className="font-medium">{duplicate.name}</span>
              <span className="text-slate-700">
                {" "}
                · {duplicate.email}
                {duplicate.phone && ` · ${duplicate.phone}`} · {duplicate.applicationCount === 1 ? "1 application" : `${duplicate.applicationCount} applications`}
              </span>
              <span className="block text-xs text-slate-700">{duplicate.reasons.map((reason) => reasonLabels[reason]).join("; ")}</span>
            </span>
            <Link
              href={`/candidates/${candidateId}/merge?with=${duplicate.id}`}
              className="font-medium text-indigo-700 underline underline-offset-4"
              aria-label={`Compare and merge with ${duplicate.name}`}
            >
              Compare and merge
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
