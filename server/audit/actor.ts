import { apiKeyDisplayName } from "@/lib/api/acted-by";
import type { AuditActor } from "./record-audit";

/**
 * A member as the actor of an audit entry: their user id, and their email as the stored label when the
 * caller has it (a signed-in Member does). The log shows the user's current email by id, so the label
 * matters only once the user is deleted.
 */
export function memberActor(member: { userId: string; email?: string; apiKey?: { id: string; name: string } }): AuditActor {
  if (member.apiKey) return apiKeyActor(member.apiKey);
  return { userId: member.userId, label: member.email ?? "member" };
}

/** An API key as the actor: named by its name and the public part of its id, never by its secret. */
export function apiKeyActor(key: { id: string; name: string }): AuditActor {
  return { label: `${apiKeyDisplayName(key.name)} (${key.id.slice(0, 8)})` };
}

/** A candidate acting through their private status link: never their name or email. */
export const CANDIDATE_ACTOR: AuditActor = { label: "candidate" };

/** How a candidate is named as a target: by id, with this neutral label. */
export const candidateTarget = (candidateId: string) => ({ type: "candidate", id: candidateId, label: "Candidate" });
