// Crypto-free, so pages and shared components can name who acted.
/** How a key is named where it acted (a note's author, a move in the history). */
export const apiKeyDisplayName = (name: string) => `API key “${name}”`;

/** Who did something, as shown: the member, else the API key, else `otherwise` (a deleted member, the candidate). */
export function actedBy(memberName: string | null, apiKeyName: string | null, otherwise: string): string {
  return memberName ?? (apiKeyName ? apiKeyDisplayName(apiKeyName) : otherwise);
}
