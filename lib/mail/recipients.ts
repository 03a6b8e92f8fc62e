import type { ApplicationStatus } from "@/lib/enums";

// Who may get a message a member composed, and how the ones left out are named to the sender. The compose
// page, the send use case and the delivery worker (which checks again when a scheduled message is due)
// all decide with these.

export type RecipientProblem = "gone" | "withdrawn" | "decisions_only";

/** Why, after "can't get this email, as" or "Not sent to X:". */
export const RECIPIENT_PROBLEMS: Record<RecipientProblem, string> = {
  gone: "their data was deleted or merged into another profile",
  withdrawn: "they withdrew this application",
  decisions_only: "they asked for no more email except about decisions",
};

/**
 * Why the delivery pass cancels a composed message when it falls due: the problems above, with "gone" told
 * apart, as by then the candidate may also just have no address (one emptied since it was queued).
 */
export type DueRecipientProblem = Exclude<RecipientProblem, "gone"> | "erased" | "merged" | "no_address";

export const DUE_RECIPIENT_PROBLEMS: Record<DueRecipientProblem, string> = {
  erased: "their data was deleted",
  merged: "their profile was merged into another one",
  no_address: "they have no email address",
  withdrawn: RECIPIENT_PROBLEMS.withdrawn,
  decisions_only: RECIPIENT_PROBLEMS.decisions_only,
};

/** True for a reason above: what the delivery pass keeps on a composed message it cancelled (a member's cancel keeps any SMTP error instead). */
export const isRecipientProblemText = (text: string | null): text is string =>
  text !== null && (Object.values(RECIPIENT_PROBLEMS).includes(text) || Object.values(DUE_RECIPIENT_PROBLEMS).includes(text));

export type RecipientFacts = { gone: boolean; status: ApplicationStatus; decisionsOnly: boolean };

/** Why a recipient cannot get this message, or null. A decision still reaches a "decisions only" candidate. */
export function recipientProblem(recipient: RecipientFacts, decision: boolean): RecipientProblem | null {
  if (recipient.gone) return "gone";
  if (recipient.status === "withdrawn") return "withdrawn";
  if (recipient.decisionsOnly && !decision) return "decisions_only";
  return null;
}

export type SkippedRecipient = { name: string; problem: RecipientProblem };

const listed = (names: string[]) => (names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`);

/**
 * "Not sent to Ana Ruiz: they asked for no more email except about decisions." One sentence per reason,
 * naming everyone it left out (a deleted candidate has no name left to show); null when nobody was.
 */
export function skippedSentence(skipped: SkippedRecipient[]): string | null {
  const sentences = (Object.keys(RECIPIENT_PROBLEMS) as RecipientProblem[]).flatMap((problem) => {
    const these = skipped.filter((s) => s.problem === problem);
    if (these.length === 0) return [];
    const names = problem === "gone" ? [these.length === 1 ? "a deleted candidate" : `${these.length} deleted candidates`] : these.map((s) => s.name);
    return [`Not sent to ${listed(names)}: ${RECIPIENT_PROBLEMS[problem]}.`];
  });
  return sentences.length > 0 ? sentences.join(" ") : null;
}
