import { createHash, randomInt, timingSafeEqual } from "node:crypto";

/**
 * Whether this server is waiting for its first-run set-up, and the code that proves the person at /setup
 * can read the server's log (or knows CANDOR_SETUP_TOKEN). Kept in the process, on globalThis so the proxy
 * and the pages (bundled separately) share it: the proxy reads a boolean instead of querying the database
 * on every request, and once an organisation exists the flag is off for the life of the process.
 */
type FirstRun = { pending: boolean; codeHash: Buffer | null };

const globalForFirstRun = globalThis as unknown as { candorFirstRun?: FirstRun };

function state(): FirstRun {
  globalForFirstRun.candorFirstRun ??= { pending: false, codeHash: null };
  return globalForFirstRun.candorFirstRun;
}

// Without 0/O, 1/I/L: read from a terminal and typed by hand.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** A fresh setup code: four groups of five characters from 31 (about 99 bits), like "K7QX2-…". */
export function newSetupCode(): string {
  const groups = Array.from({ length: 4 }, () => Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""));
  return groups.join("-");
}

// Case, spaces and dashes don't matter: people retype or paste the code with whatever the terminal added.
const digest = (code: string) => createHash("sha256").update(code.replace(/[\s-]+/g, "").toUpperCase()).digest();

/** The database is empty: /setup opens, for the holder of `code`. */
export function openFirstRun(code: string): void {
  Object.assign(state(), { pending: true, codeHash: digest(code) });
}

/** An organisation exists (set up here, by the CLI or on another server): /setup is closed for good. */
export function closeFirstRun(): void {
  Object.assign(state(), { pending: false, codeHash: null });
}

export function firstRunPending(): boolean {
  return globalForFirstRun.candorFirstRun?.pending ?? false;
}

/** Compares in constant time, so the answer's timing says nothing about how much of a guess was right. */
export function setupCodeMatches(candidate: string): boolean {
  const expected = state().codeHash;
  return expected !== null && timingSafeEqual(expected, digest(candidate));
}
