import { Client } from "pg";

/** Runs one statement (create or drop a database) on a PostgreSQL server, on a connection of its own. */
export async function onServer(serverUrl: string, statement: string) {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
