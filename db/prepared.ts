import "server-only";
import { createHash } from "node:crypto";
import type { SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { env } from "@/lib/env";
import type { Database, Executor } from "./client";

// Postgres parses and plans a statement every time it arrives, unless it was prepared under a name on
// that connection; then it only binds the new values, and after a few runs reuses one generic plan.
// For the application intake, parsing and planning its three statements took about as long as running
// them (bench/applications.mjs). These helpers are for such busy statements only: a name prepared stays
// in each pooled connection, so dynamic queries (search, filters) are better left unnamed.
// PGlite takes the same calls and runs the statements unnamed; so does DATABASE_PREPARED_STATEMENTS=0,
// for connection poolers that cannot keep prepared statements.

/** Shapes of one statement that get a name in a process; any further shape runs unnamed. */
const MAX_NAMES_PER_LABEL = 16;
const namesByLabel = new Map<string, Set<string>>();

/**
 * The label and a hash of the text, so a changed statement never reuses a name: another shape, or code
 * edited under a development server whose connections outlive the reload. "" runs it unnamed.
 */
function statementName(label: string, text: string): string {
  if (env().DATABASE_PREPARED_STATEMENTS === "0") return "";
  const name = `${label}_${createHash("sha1").update(text).digest("base64url").slice(0, 20)}`;
  let names = namesByLabel.get(label);
  if (!names) namesByLabel.set(label, (names = new Set()));
  if (names.has(name)) return name;
  if (names.size >= MAX_NAMES_PER_LABEL) return "";
  names.add(name);
  return name;
}

type Preparable<Query> = { toSQL(): { sql: string }; prepare(name: string): Query };

/**
 * A query built once per database, with `sql.placeholder`s for its values, and prepared:
 * `preparedOnce("find_x", (db) => db.select()…where(eq(t.slug, sql.placeholder("slug"))))`, then
 * `.execute({ slug })`. Nothing in it may be a value of the moment (a JavaScript Date): use SQL's now().
 */
export function preparedOnce<Query>(label: string, build: (database: Database) => Preparable<Query>): (database: Database) => Query {
  const byDatabase = new WeakMap<Database, Query>();
  return (database) => {
    let query = byDatabase.get(database);
    if (!query) {
      const builder = build(database);
      query = builder.prepare(statementName(label, builder.toSQL().sql));
      byDatabase.set(database, query);
    }
    return query;
  };
}

const dialect = new PgDialect();

/**
 * Runs a statement whose shape varies from call to call (one file or two, answers or none) as a prepared
 * statement named after its text: each shape is parsed once per connection. Returns its rows.
 */
export async function executeNamed<Row>(executor: Executor, label: string, statement: SQL): Promise<Row[]> {
  const query = dialect.sqlToQuery(statement);
  const prepared = executor._.session.prepareQuery<{ execute: { rows: Row[] }; all: unknown; values: unknown }>(query, undefined, statementName(label, query.sql), false);
  return (await prepared.execute()).rows;
}
