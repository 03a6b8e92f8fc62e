import type { JobBoardProvider } from "@/lib/enums";
import type { FactName, ImportReview } from "@/lib/postings/types";

const providers: Record<JobBoardProvider, { name: string; board: string }> = {
  greenhouse: { name: "Greenhouse", board: "board" },
  lever: { name: "Lever", board: "job site" },
};

const factLabels: Record<FactName, string> = {
  pay: "pay range",
  workplaceType: "workplace",
  location: "location",
  employmentType: "employment type",
  department: "department",
};

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The notes an import left on its draft: what was guessed, repaired and removed, to check before publishing. */
export function ImportReviewNotes({ review }: { review: ImportReview }) {
  const found = (Object.keys(factLabels) as FactName[]).filter((name) => review.found[name]).map((name) => factLabels[name]);
  const notes: string[] = [];
  if (review.titleGuessed) notes.push("Title guessed from the text — check it.");
  if (review.repairedCharacters > 0) notes.push(`We repaired ${plural(review.repairedCharacters, "mis-encoded character", "mis-encoded characters")}. Check the text reads as it should.`);
  if (review.removedCharacters > 0) notes.push(`We removed ${plural(review.removedCharacters, "stray character", "stray characters")} (icon-font symbols that show as boxes).`);
  if (review.encoding) notes.push(`The file was saved as ${review.encoding}, not UTF-8; we read it as such.`);
  if (review.removedCallsToAction.length > 0) {
    const quoted = [...new Set(review.removedCallsToAction)].map((text) => `“${text}”`).join(", ");
    notes.push(
      `We removed ${plural(review.removedCallsToAction.length, "call to action", "calls to action")} that sent applicants to another site (${quoted}): the posting has its own Apply button.`,
    );
  }
  if (review.removedComponents.length > 0) {
    notes.push(`We removed leftovers of the site the posting came from: ${review.removedComponents.join(", ")}.`);
  }
  if (found.length > 0) notes.push(`Found in the text, check it: ${found.join(", ")}. Each is marked on its field below.`);
  notes.push(...(review.notes ?? []));
  const source = review.source;
  if (notes.length === 0 && !source) return null;
  return (
    <section aria-labelledby="import-review-heading" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
      <h3 id="import-review-heading" className="font-semibold">
        Check the import
      </h3>
      {source && (
        <p className="mt-1">
          Imported from {providers[source.provider].name} {providers[source.provider].board} “{source.board}”
          {source.url && (
            <>
              {" "}
              (
              <a href={source.url} rel="noopener noreferrer nofollow" target="_blank" className="underline">
                the posting there<span className="sr-only"> (opens in a new tab)</span>
              </a>
              )
            </>
          )}
          .
        </p>
      )}
      {notes.length > 0 && (
        <ul className="mt-1 list-disc space-y-1 pl-5">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The hint on a field whose value was found in the text, quoting where. */
export function foundHint(review: ImportReview | null | undefined, name: FactName): string | undefined {
  const fact = review?.found[name];
  return fact ? `Found in the text, check it: “${fact.evidence}”` : undefined;
}
