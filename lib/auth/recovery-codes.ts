import { createHash, randomInt } from "node:crypto";

export const RECOVERY_CODE_COUNT = 10;

// RFC 4648's Base32 letters: no 0/O, 1/l or 8/B to confuse when copied from paper.
const ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

/**
 * Ten codes of 16 Base32 characters (80 random bits each) shown as "abcd-efgh-ijkl-mnop". That much
 * randomness makes a plain SHA-256 enough to store them: no list of guesses could cover the space.
 */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const characters = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return characters.match(/.{4}/g)!.join("-");
  });
}

/** What the person typed, compared without case, spaces or dashes. */
export function normalizeRecoveryCode(input: string): string {
  return input.toLowerCase().replace(/[^a-z0-9]/g, "");
}

export function hashRecoveryCode(input: string): string {
  return createHash("sha256").update(normalizeRecoveryCode(input)).digest("hex");
}

/** Whether the input has the shape of a recovery code (16 Base32 characters, dashes and case aside). */
export function looksLikeRecoveryCode(input: string): boolean {
  return /^[a-z2-7]{16}$/.test(normalizeRecoveryCode(input));
}
