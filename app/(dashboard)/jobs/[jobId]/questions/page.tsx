import { OrderedItemActions } from "@/components/jobs/ordered-item-actions";
import { EmptyState } from "@/components/ui/empty-state";
import { listJobQuestions } from "@/db/queries/job-questions";
import { questionTypeLabels } from "@/lib/jobs/labels";
import { jobPageMetadata, requireJob } from "@/server/jobs/load";
import { QuestionForm } from "./_components/question-form";
import { addQuestionAction, moveQuestionAction, removeQuestionAction, updateQuestionAction } from "./actions";

export const generateMetadata = jobPageMetadata("Questions", "jobs.manage");

export default async function QuestionsPage({ params }: PageProps<"/jobs/[jobId]/questions">) {
  const { member, job } = await requireJob((await params).jobId, "jobs.manage");
  const questions = await listJobQuestions(member, job.id);

  return (
    <>
      <h2 id="questions-heading" tabIndex={-1} className="text-lg font-semibold">
        Application questions
      </h2>
      <p className="mt-1 max-w-prose text-sm text-fg-muted">
        Asked on the application form after name, email and resume, in this order. Removing a question takes it off the form;
        answers already given are kept.
      </p>
      <div className="mt-4">
        {questions.length === 0 ? (
          <EmptyState title="No custom questions">Applicants give their details and resume only. Add a question below.</EmptyState>
        ) : (
          <ol aria-label="Questions" className="flex flex-col gap-3">
            {questions.map((question, index) => (
              <li key={question.id} className="rounded-lg border border-line bg-surface p-4 shadow-xs">
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div>
                    <h3 className="font-semibold text-slate-900">{question.label}</h3>
                    <p className="text-sm text-slate-700">
                      {questionTypeLabels[question.type]} · {question.required ? "Required" : "Optional"}
                      {question.options.length > 0 && <> · {question.options.join(", ")}</>}
                    </p>
                  </div>
                  <OrderedItemActions
                    input={{ jobId: job.id, questionId: question.id }}
                    name={question.label}
                    noun="question"
                    first={index === 0}
                    last={index === questions.length - 1}
                    move={moveQuestionAction}
                    remove={removeQuestionAction}
                    removeDescription="It comes off the application form. Answers already given are kept."
                    fallbackFocusId="questions-heading"
                  />
                </div>
                <details className="mt-3">
                  <summary className="cursor-pointer text-sm font-medium text-indigo-700">Edit “{question.label}”</summary>
                  <div className="mt-3">
                    <QuestionForm jobId={job.id} question={question} save={updateQuestionAction} />
                  </div>
                </details>
              </li>
            ))}
          </ol>
        )}
      </div>
      <section aria-labelledby="add-question-heading" className="mt-8 max-w-xl rounded-lg border border-line bg-surface p-4 shadow-xs">
        <h3 id="add-question-heading" className="font-semibold">
          Add a question
        </h3>
        <div className="mt-3">
          <QuestionForm jobId={job.id} save={addQuestionAction} />
        </div>
      </section>
    </>
  );
}
