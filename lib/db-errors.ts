export type ErrorWithCode = Error & { code?: string; severity?: string };

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

const SQLSTATE = /^[0-9A-Z]{5}$/;

/**
 * The Postgres SQLSTATE (e.g. "23505" for a unique violation) of a failed query: Postgres itself refused
 * the statement, so a statement outside a transaction stored nothing. Undefined when the failure was
 * not Postgres's answer, such as a dropped connection (EPIPE, ECONNRESET, "Connection terminated
 * unexpectedly"), after which the statement may or may not have been committed. Postgres's errors, from
 * node-postgres and PGlite alike, carry a severity; Node's network errors (some with five-letter codes
 * like EPIPE) don't.
 */
export function postgresErrorCode(error: unknown): string | undefined {
  const { code, severity } = rootCause(error);
  return code && typeof severity === "string" && SQLSTATE.test(code) ? code : undefined;
}
