import "server-only";
import { createHash } from "node:crypto";
import type { SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { Database, Executor } from "./client";

// Postgres parses and plans a statement every time it arrives, unless it was prepared under a name on
// that connection; then it only binds the new values, and after a few runs reuses one generic plan.
// For the application intake, parsing and planning its three statements took about as long as running
// them (bench/applications.mjs). These helpers are for such busy statements only: every name prepared
// stays in each pooled connection, so dynamic queries (search, filters) are better left unnamed.
// PGlite takes the same calls and runs the statements unnamed.

/**
 * A query built once per database, with `sql.placeholder`s for its values, and prepared under a fixed
 * name: `preparedOnce((db) => db.select()…where(eq(t.slug, sql.placeholder("slug"))).prepare("find_x"))`.
 * Nothing in it may be a value of the moment (a JavaScript Date): use SQL's now().
 */
export function preparedOnce<Query>(build: (database: Database) => Query): (database: Database) => Query {
  const byDatabase = new WeakMap<Database, Query>();
  return (database) => {
    let query = byDatabase.get(database);
    if (!query) {
      query = build(database);
      byDatabase.set(database, query);
    }
    return query;
  };
}

const dialect = new PgDialect();

/**
 * Runs a statement whose shape varies from call to call (one file or two, answers or none) as a prepared
 * statement named after its SQL text, so each shape is parsed once per connection and two shapes never
 * share a name. Returns its rows.
 */
export async function executeNamed<Row>(executor: Executor, label: string, statement: SQL): Promise<Row[]> {
  const query = dialect.sqlToQuery(statement);
  const name = `${label}_${createHash("sha1").update(query.sql).digest("base64url").slice(0, 20)}`;
  const result = await executor._.session.prepareQuery<{ execute: { rows: Row[] }; all: unknown; values: unknown }>(query, undefined, name, false).execute();
  return result.rows;
}
