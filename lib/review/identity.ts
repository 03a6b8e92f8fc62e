import { createHash } from "node:crypto";
import type { MemberRole, StageKind } from "@/lib/enums";
import type { Viewer } from "@/lib/auth/viewer";
import { seesAllJobs } from "@/lib/permissions";

/** What decides whether a viewer may see who a candidate is, for one application. */
export type IdentityContext = {
  anonymizedReview: boolean;
  identityRevealedAt: Date | null;
  stageKind: StageKind;
};

/** Whether anonymised review never hides a candidate from this role: admins and recruiters always see who applied. */
export function seesEveryIdentity(role: MemberRole): boolean {
  return seesAllJobs(role);
}

/**
 * Anonymised review: on a job with it switched on, hiring managers and interviewers see an alias
 * instead of the candidate's identity until a recruiter reveals it or the application reaches Offer.
 * Admins and recruiters always see who the candidate is. Every page, action, download and
 * notification that shows a candidate to a member goes through this.
 */
export function hidesIdentity(viewer: Pick<Viewer, "role">, context: IdentityContext): boolean {
  if (seesEveryIdentity(viewer.role)) return false;
  if (!context.anonymizedReview || context.identityRevealedAt) return false;
  return context.stageKind !== "offer" && context.stageKind !== "hired";
}

// No 0/O or 1/I: the alias is read aloud in debriefs.
const ALIAS_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/** "Candidate 7F3K": stable for one application, different across applications, so jobs can't be correlated. */
export function candidateAlias(applicationId: string): string {
  const digest = createHash("sha256").update(`candor-alias:${applicationId}`).digest();
  let code = "";
  for (let i = 0; i < 4; i++) code += ALIAS_ALPHABET[digest[i]! % ALIAS_ALPHABET.length];
  return `Candidate ${code}`;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const URL_LIKE = /\b(?:https?:\/\/|www\.)\S+|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|io|dev|co|me|app|ai|uk|de|fr|nl|eu|info)(?:\/\S*)?/giu;
const PHONE_LIKE = /(?:\+|\(|\b)\d[\d\s().-]{5,}\d\b/g;
// A run of digits is a phone number when it starts with "+" or has at least 9 digits; "2019-2024" is not.
const isPhoneNumber = (match: string) => match.startsWith("+") || match.replace(/\D/g, "").length >= 9;

/** Resume text for an anonymised reviewer: emails, URLs and phone numbers replaced. */
export function redactContactDetails(text: string): string {
  return text
    .replace(EMAIL, "[email removed]")
    .replace(URL_LIKE, "[link removed]")
    .replace(PHONE_LIKE, (match) => (isPhoneNumber(match) ? "[phone removed]" : match));
}
