import { dictionary } from "@zxcvbn-ts/language-common";

// The zxcvbn-ts project's list of the most common passwords from real breaches (about 49,000).
let common: Set<string> | undefined;

/**
 * Why a new password would be refused though long enough, or null: it is on the list of common
 * passwords (whatever its case), or it is the person's own email address or name.
 */
export function commonPasswordProblem(password: string, person: { email?: string; name?: string } = {}): string | null {
  common ??= new Set(dictionary["passwords-common"].map((entry) => entry.toLowerCase()));
  const lowered = password.toLowerCase();
  if (common.has(lowered)) return "This password is one of the most common ones. Choose one that is harder to guess.";
  const email = person.email?.toLowerCase();
  if (email && (lowered === email || lowered === email.split("@")[0])) return "Don't use your email address as your password.";
  if (person.name && lowered === person.name.toLowerCase()) return "Don't use your name as your password.";
  if (new Set(lowered).size <= 2) return "This password repeats the same characters. Choose one that is harder to guess.";
  return null;
}
