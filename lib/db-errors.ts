export type ErrorWithCode = Error & { code?: string };

/**
 * The driver's own error under Drizzle's wrapper ("Failed query: <sql>", with the pg error as its
 * cause) or Node's AggregateError (one per address tried): the first error in the chain with a code.
 */
export function rootCause(error: unknown): ErrorWithCode {
  let current = (error instanceof Error ? error : new Error(String(error))) as ErrorWithCode;
  for (let depth = 0; depth < 5; depth++) {
    if (current.code) return current;
    const inner = current instanceof AggregateError ? current.errors[0] : current.cause;
    if (!(inner instanceof Error)) break;
    current = inner as ErrorWithCode;
  }
  return current;
}

/** The Postgres SQLSTATE (e.g. "23505" for a unique violation) of a failed query, if any. */
export function postgresErrorCode(error: unknown): string | undefined {
  return rootCause(error).code;
}
