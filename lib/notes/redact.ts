import { redactContactDetails } from "@/lib/review/identity";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Text about a candidate (a note, an answer, a resume) for someone who must not learn who they are:
 * contact details go (redactContactDetails), and so do the candidate's name and each part of it, which
 * colleagues naturally write in notes ("Spoke to Priya today").
 */
export function redactCandidate(text: string, candidate: { name: string; email?: string | null; phone?: string | null }): string {
  let redacted = text;
  for (const literal of [candidate.email, candidate.phone]) {
    if (literal && literal.trim().length >= 3) redacted = redacted.replace(new RegExp(escape(literal.trim()), "giu"), "[contact removed]");
  }
  const parts = [candidate.name.trim(), ...candidate.name.split(/[\s,]+/)]
    .map((part) => part.trim())
    .filter((part) => part.length >= 2)
    .sort((a, b) => b.length - a.length);
  for (const part of new Set(parts)) {
    redacted = redacted.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(part)}(?![\\p{L}\\p{N}])`, "giu"), "[name removed]");
  }
  return redactContactDetails(redacted);
}
