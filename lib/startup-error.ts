import { rootCause } from "./db-errors";
import { ConfigError } from "./env";

/** Turns a start-up failure into one line a person can act on: no stack, no SQL, no password. */
export function describeStartupError(error: unknown, databaseUrl?: string): string {
  if (error instanceof ConfigError) return error.message;
  const err = rootCause(error);
  const where = describeDatabase(databaseUrl);
  switch (err.code) {
    case "ECONNREFUSED":
      return `Cannot reach the database at ${where}: connection refused. Is PostgreSQL running, and is DATABASE_URL right?`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `Cannot reach the database at ${where}: the host name does not resolve. Check DATABASE_URL.`;
    case "ETIMEDOUT":
      return `Cannot reach the database at ${where}: the connection timed out.`;
    case "28P01":
    case "28000":
      return `The database at ${where} refused the credentials in DATABASE_URL.`;
    case "3D000":
      return `The database named in DATABASE_URL does not exist on ${where}. Create it first (createdb).`;
    default:
      if (err.message.includes("timeout") || err.message.includes("did not answer"))
        return `Cannot reach the database at ${where}: ${err.message}.`;
      return `Candor could not start: ${err.message.split("\n")[0]}`;
  }
}

function describeDatabase(databaseUrl?: string): string {
  if (!databaseUrl) return "the embedded database (PGLITE_DATA_DIR)";
  try {
    const url = new URL(databaseUrl);
    return `${url.hostname}:${url.port || "5432"}`;
  } catch {
    return "DATABASE_URL";
  }
}
