import { createHash } from "node:crypto";

/**
 * What an idempotency key is bound to: the job, the applicant's email and everything else they sent,
 * files by the sha256 of their bytes (`fileHashes`, keyed by field path such as "resume" or
 * "answers.q_…"). A retry of the same submission gives the same fingerprint; the same key with another
 * email, job or body does not, and is refused (Stripe's rule for reused keys).
 */
export function requestFingerprint(jobId: string, email: string, data: Record<string, unknown>, fileHashes: ReadonlyMap<string, string>): string {
  // The email is compared in lower case, like the candidate it finds; the key is what is being checked.
  const body = Object.fromEntries(Object.entries(data).filter(([field]) => field !== "idempotencyKey" && field !== "email"));
  const canonical = JSON.stringify([jobId, email.toLowerCase(), canonicalize(body, "", fileHashes)]);
  return createHash("sha256").update(canonical).digest("hex");
}

function canonicalize(value: unknown, path: string, fileHashes: ReadonlyMap<string, string>): unknown {
  if (value instanceof Blob) return { file: fileHashes.get(path) ?? null };
  if (Array.isArray(value)) return value.map((item, index) => canonicalize(item, `${path}.${index}`, fileHashes));
  if (value && typeof value === "object") {
    return Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => [key, canonicalize((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key, fileHashes)]);
  }
  return value ?? null;
}
