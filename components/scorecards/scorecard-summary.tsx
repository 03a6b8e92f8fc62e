import type { ScorecardSummary as Summary } from "@/server/scorecards/get-scorecard-summary";
import { TableScroll } from "@/components/ui/table-scroll";
import { RECOMMENDATIONS, ratingLabels } from "@/lib/validation/scorecard";

/**
 * Everyone's submitted scorecards for one application: ratings per attribute and interviewer, the spread
 * of overall recommendations, and who has yet to submit. Rendered only with a summary that
 * getScorecardSummary allowed this viewer to read.
 */
export function ScorecardSummary({ summary }: { summary: Summary }) {
  if (!summary.visible) {
    return (
      <p className="rounded-md border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-800">
        {summary.reason === "never"
          ? "In this organisation only recruiters and admins see other interviewers’ scorecards."
          : "Other interviewers’ scorecards appear here once you have submitted your own, so everyone’s judgement stays independent."}
      </p>
    );
  }
  const { scorecards, attributes, distribution, disagree, missing } = summary;
  return (
    <div className="flex flex-col gap-4">
      {disagree && (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm font-semibold text-amber-900">
          Reviewers disagree: some recommend hiring and some do not. Talk it through in the debrief.
        </p>
      )}
      {scorecards.length === 0 ? (
        <p className="text-sm text-slate-700">No scorecards submitted yet.</p>
      ) : (
        <>
          <TableScroll label="Ratings by interviewer" className="border-0">
            <table className="min-w-full border-collapse text-left text-sm">
              <caption className="mb-2 text-left font-medium text-slate-900">Ratings by interviewer</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-4 font-medium">
                    Attribute
                  </th>
                  {scorecards.map((card) => (
                    <th key={card.id} scope="col" className="py-2 pr-4 font-medium">
                      {card.authorName} <span className="block text-xs font-normal text-slate-600">{card.interviewTitle}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {attributes.map((attribute) => (
                  <tr key={attribute} className="border-b border-slate-200">
                    <th scope="row" className="py-2 pr-4 font-normal">
                      {attribute}
                    </th>
                    {scorecards.map((card) => (
                      <td key={card.id} className="py-2 pr-4">
                        {card.ratings[attribute] ? ratingLabels[card.ratings[attribute]] : "—"}
                      </td>
                    ))}
                  </tr>
                ))}
                <tr>
                  <th scope="row" className="py-2 pr-4 font-semibold">
                    Overall recommendation
                  </th>
                  {scorecards.map((card) => (
                    <td key={card.id} className="py-2 pr-4 font-semibold">
                      {card.overall ? ratingLabels[card.overall] : "—"}
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          </TableScroll>
          <div>
            <p className="text-sm font-semibold">Overall recommendations</p>
            <ul className="mt-1 flex flex-wrap gap-4 text-sm">
              {RECOMMENDATIONS.map((level) => (
                <li key={level}>
                  {ratingLabels[level]}: <span className="font-semibold tabular-nums">{distribution[level]}</span>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <p className="text-sm font-semibold">Key takeaways</p>
            <ul className="mt-1 flex flex-col gap-2 text-sm">
              {scorecards.map((card) => (
                <li key={card.id}>
                  <span className="font-medium">{card.authorName}:</span> {card.keyTakeaways ?? "—"}
                </li>
              ))}
            </ul>
          </div>
        </>
      )}
      <p className="text-sm text-slate-800">
        {missing.length === 0
          ? "Every interviewer has submitted a scorecard."
          : `Still to submit: ${missing.map((m) => `${m.name} (${m.interviewTitle})`).join(", ")}.`}
      </p>
    </div>
  );
}
