import type { CheckedField, PostingReview, PostingWarning } from "@/lib/jobs/checks";

/** The editor's label of each field a warning can send the recruiter to. */
export const checkedFieldLabels: Record<CheckedField, string> = {
  title: "Title",
  location: "Location",
  workplaceType: "Workplace",
  payMin: "Pay range",
  payPeriod: "Pay period",
  closesAt: "Closing date",
  descriptionMd: "Description",
};

const kindLabels: Record<PostingWarning["kind"], string> = { law: "Law", search: "Search engines", content: "Content" };

/** An element id for a warning: its id holds ":" and, for a law, place names with spaces. */
export const warningElementId = (prefix: string, warning: PostingWarning) => `${prefix}-${warning.id.replace(/[^\w-]+/g, "-")}`;

/** One warning: what is wrong, why, the rules behind it, and a way to the field that fixes it. */
export function WarningText({ warning, id }: { warning: PostingWarning; id: string }) {
  return (
    <>
      <p id={id} className="font-semibold text-slate-900">
        <span className="mr-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-950">{kindLabels[warning.kind]}</span>
        {warning.title}
      </p>
      <p className="mt-0.5 text-slate-700">{warning.detail}</p>
      {warning.rules && (
        <ul className="mt-1 list-disc pl-5 text-slate-700">
          {warning.rules.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * "Before you publish": the warnings the publish action will ask the recruiter to confirm, and the
 * posting as search engines will read its structured data. Updated as the recruiter types.
 */
export function PublishChecks({
  review,
  busy,
  heading,
  onGoTo,
}: {
  review: PostingReview;
  busy: boolean;
  heading: string;
  onGoTo: (field: CheckedField) => void;
}) {
  const { warnings, searchView } = review;
  return (
    <section aria-labelledby="publish-checks-heading" aria-busy={busy || undefined} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <h2 id="publish-checks-heading" className="text-base font-semibold text-slate-900">
        {heading}
      </h2>
      <p className="mt-1 text-slate-700">
        {warnings.length === 0
          ? "No warnings: the posting has what candidates and search engines look for."
          : `${warnings.length === 1 ? "1 warning" : `${warnings.length} warnings`} to look at. None stops you publishing: you confirm them when you publish.`}
      </p>
      {warnings.length > 0 && (
        <ul aria-label="Warnings" className="mt-3 flex flex-col gap-3">
          {warnings.map((warning) => (
            <li key={warning.id} className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2">
              <WarningText warning={warning} id={warningElementId("check", warning)} />
              {warning.field && (
                <button
                  type="button"
                  onClick={() => onGoTo(warning.field!)}
                  aria-describedby={warningElementId("check", warning)}
                  className="mt-1 font-medium text-indigo-800 underline hover:text-indigo-950"
                >
                  Go to {checkedFieldLabels[warning.field]}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <h3 id="search-view-heading" className="mt-4 font-semibold text-slate-900">
        What search engines will see
      </h3>
      <p className="mt-1 text-slate-700">The posting page tells Google and other job search engines this, in its JobPosting structured data.</p>
      <table aria-labelledby="search-view-heading" className="mt-2 text-left">
        <tbody>
          {searchView.map((item) => (
            <tr key={item.property}>
              <th scope="row" className="py-0.5 pr-4 font-normal text-slate-700">
                {item.label} <code className="text-xs text-slate-600">{item.property}</code>
              </th>
              <td className={item.value ? "py-0.5 text-slate-900" : "py-0.5 text-amber-900"}>{item.value ?? "Not given"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
