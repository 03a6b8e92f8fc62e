import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";

/** Where a term was found: `schema.table.column`, the term, and the value around it. */
export type Finding = { column: string; term: string; excerpt: string };

type Column = { table_schema: string; table_name: string; column_name: string; data_type: string; udt_name: string };

const TEXT_TYPES = new Set(["text", "character varying", "character", "json", "jsonb", "xml"]);
const TEXT_ARRAYS = new Set(["_text", "_varchar", "_bpchar", "_json", "_jsonb"]);

const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function excerpt(value: string, term: string): string {
  const at = value.toLowerCase().indexOf(term.toLowerCase());
  return value.slice(Math.max(0, at - 40), at + term.length + 40);
}

/**
 * Searches every text, varchar, json/jsonb (and arrays of them) and bytea column of every table the
 * database holds, outside Postgres's own catalogs, for each term, ignoring case. The columns are read
 * from information_schema, so a table added later is searched without changing this. `bytes` are
 * searched for as they are in bytea columns (an uploaded file that should be gone).
 */
export async function findPersonalData(db: Database, terms: string[], bytes: Buffer[] = []): Promise<Finding[]> {
  const { rows: columns } = await db.execute<Column>(sql`
    select c.table_schema, c.table_name, c.column_name, c.data_type, c.udt_name
    from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where t.table_type = 'BASE TABLE'
      and c.table_schema not in ('pg_catalog', 'information_schema') and c.table_schema not like 'pg\\_%'
    order by 1, 2, 3`);
  const wanted = terms.filter((term) => term.trim().length > 0);
  const findings: Finding[] = [];
  for (const column of columns) {
    const table = sql`${sql.identifier(column.table_schema)}.${sql.identifier(column.table_name)}`;
    const name = sql.identifier(column.column_name);
    const where = `${column.table_schema}.${column.table_name}.${column.column_name}`;
    if (TEXT_TYPES.has(column.data_type) || (column.data_type === "ARRAY" && TEXT_ARRAYS.has(column.udt_name))) {
      const patterns = wanted.map(likePattern);
      const { rows } = await db.execute<{ value: string }>(
        sql`select ${name}::text as value from ${table} where ${name}::text ilike any (array[${sql.join(
          patterns.map((pattern) => sql`${pattern}`),
          sql`, `,
        )}]::text[])`,
      );
      for (const { value } of rows) {
        for (const term of wanted) if (value.toLowerCase().includes(term.toLowerCase())) findings.push({ column: where, term, excerpt: excerpt(value, term) });
      }
    } else if (column.data_type === "bytea") {
      const { rows } = await db.execute<{ value: Buffer | Uint8Array | null }>(sql`select ${name} as value from ${table}`);
      for (const { value } of rows) {
        if (!value) continue;
        const buffer = Buffer.from(value);
        const latin1 = buffer.toString("latin1").toLowerCase();
        for (const term of wanted) if (latin1.includes(term.toLowerCase())) findings.push({ column: where, term, excerpt: "(bytes)" });
        for (const file of bytes) if (buffer.includes(file)) findings.push({ column: where, term: `${file.length} uploaded bytes`, excerpt: "(bytes)" });
      }
    }
  }
  return findings;
}
