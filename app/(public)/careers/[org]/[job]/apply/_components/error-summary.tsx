import { VALIDATION_MESSAGE } from "@/lib/errors";
import { fieldId } from "./fields";

export type Problem = { name: string; message: string; question?: string };

/** "Are you authorised to work here? Choose yes or no." / "Portfolio link: Answer this question." */
export function withQuestion(label: string | undefined, message: string) {
  if (!label) return message;
  return /[?.!:]$/.test(label) ? `${label} ${message}` : `${label}: ${message}`;
}

const HEADINGS = { none: "Your application was not sent", one: "Your application has 1 problem", many: "Your application has {count} problems" };
const heading = (count: number) => (count === 0 ? HEADINGS.none : count === 1 ? HEADINGS.one : HEADINGS.many.replace("{count}", String(count)));

// At least 24 px tall, as a target to press (WCAG 2.2 target size): the list's links are not in a sentence.
const linkClasses = "inline-block min-h-6 py-0.5 underline";

/**
 * The list of problems at the top of the form. Without JavaScript the server fills it and it takes the
 * focus as the page loads (autofocus), so a screen reader reads it first; public/js/apply-form.js fills
 * the same element from the server's answer (its wording from the data attributes, its items cloned from the
 * hidden prototypes) and focuses it. Hidden while there is nothing to say.
 */
export function ErrorSummary({ problems, formError, filesNotKept }: { problems: Problem[]; formError?: string; filesNotKept?: boolean }) {
  // The general message only when it adds something: not "correct the fields" above their list, nor a field's own message again.
  const general = formError && !(problems.length > 0 && (formError === VALIDATION_MESSAGE || problems.some((p) => p.message === formError))) ? formError : undefined;
  const shown = problems.length > 0 || Boolean(formError);
  return (
    <>
      <div
        id="apply-errors"
        tabIndex={-1}
        role="alert"
        autoFocus={shown}
        hidden={!shown}
        data-heading-none={HEADINGS.none}
        data-heading-one={HEADINGS.one}
        data-heading-many={HEADINGS.many}
        data-validation-message={VALIDATION_MESSAGE}
        className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900"
      >
        <h2 className="font-semibold">{heading(problems.length)}</h2>
        <p className="mt-1" hidden={!general}>
          {general}
        </p>
        <ul className="mt-2 list-disc pl-5 text-sm" hidden={problems.length === 0}>
          {problems.map((problem) => (
            <ProblemItem key={problem.name} problem={problem} />
          ))}
        </ul>
        {/* A browser can't be handed a file back: after a post without JavaScript they are chosen again (the script keeps them, and removes this). */}
        {shown && filesNotKept && (
          <p className="mt-2 text-sm" data-files-not-kept="">
            The files you attached were not kept: choose them again before you send the form.
          </p>
        )}
      </div>
      {/* What the script clones for each problem: the same markup as the server's. Not <template>: React, while
          Next's runtime still loads on this page, would fail to hydrate one and render the form again. */}
      <ul hidden>
        <li data-error-prototype="link">
          <a href="#" className={linkClasses} />
        </li>
        <li data-error-prototype="text" />
      </ul>
    </>
  );
}

const UNPLACED = new Set(["leaveEmpty", "idempotencyKey"]);

function ProblemItem({ problem }: { problem: Problem }) {
  // The bot trap and the form's key are out of sight: nothing to link to.
  if (UNPLACED.has(problem.name)) return <li>{problem.message}</li>;
  return (
    <li>
      <a href={`#${fieldId(problem.name)}`} className={linkClasses}>
        {withQuestion(problem.question, problem.message)}
      </a>
    </li>
  );
}
