import type * as Argon2 from "@node-rs/argon2";

// How many passwords were checked against a hash: the expensive step a limit must keep guesses away from.
// A test file routes the library through `countingArgon2` (it still verifies; it also counts):
//   vi.mock("@node-rs/argon2", async (original) => (await import("@/test/argon2-checks")).countingArgon2(original));

let verifications = 0;

export async function countingArgon2(importOriginal: () => Promise<typeof Argon2>): Promise<typeof Argon2> {
  const actual = await importOriginal();
  return {
    ...actual,
    verify: (...args: Parameters<typeof actual.verify>) => {
      verifications++;
      return actual.verify(...args);
    },
  };
}

/** Runs `work`, and says how many argon2 verifications it made (the file must mock as above). */
export async function argon2Checks<T>(work: () => Promise<T>): Promise<{ result: T; calls: number }> {
  const before = verifications;
  const result = await work();
  return { result, calls: verifications - before };
}
