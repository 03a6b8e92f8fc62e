import "server-only";
import { headers } from "next/headers";
import type { FieldErrors } from "@/lib/action-result";

export type ApplyState = {
  formError?: string;
  fieldErrors?: FieldErrors;
  /** What the applicant typed, so a refused form comes back filled in (never files: a browser can't be given one back). */
  values?: Record<string, string | string[]>;
  /** Files came with the refused post: they are not in the form any more, and the applicant is told so. */
  filesNotKept?: boolean;
};

/**
 * The form's no-JavaScript post runs applyAction, after which Next renders this page in the same request.
 * The page is a server component (no client runtime: useActionState is not there to carry the action's
 * answer), so the answer is kept for that render here, keyed by the request's own headers object, which
 * Next creates once per request and hands to the action and the render alike. Nothing outlives the
 * request: the entry goes with the object.
 */
const answers = new WeakMap<object, ApplyState>();

export async function rememberApplyState(state: ApplyState) {
  answers.set(await headers(), state);
}

/** The refused post's answer, when this render follows one; an empty state on a plain visit. */
export async function applyStateOfThisRequest(): Promise<ApplyState> {
  return answers.get(await headers()) ?? {};
}
