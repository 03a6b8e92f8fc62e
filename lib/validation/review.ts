import { z } from "zod";

export const COMMENT_MAX = 2000;

const applicationId = z.uuid("That application doesn't exist.");

export const revealIdentitySchema = z.object({ applicationId });

export const decisions = ["approve", "decline"] as const;
export type Decision = (typeof decisions)[number];

export const decisionLabels: Record<Decision, string> = { approve: "Approve the offer", decline: "Decline the offer" };

/** The hiring manager's offer decision; a decline must say why, so the recruiter can act on it. */
export const recordDecisionSchema = z
  .object({
    applicationId,
    decision: z.enum(decisions, "Choose approve or decline."),
    comment: z
      .string()
      .trim()
      .max(COMMENT_MAX, `The comment must be at most ${COMMENT_MAX.toLocaleString("en")} characters.`)
      .optional()
      .transform((value) => value || undefined),
  })
  .superRefine((value, context) => {
    if (value.decision === "decline" && !value.comment) {
      context.addIssue({ code: "custom", path: ["comment"], message: "Say why you are declining, so the recruiter can act on it." });
    }
  });

export type RecordDecisionInput = z.input<typeof recordDecisionSchema>;
export type RecordDecision = z.output<typeof recordDecisionSchema>;
