// A fresh Postgres database for one benchmark run, on DATABASE_URL's server (default: the local one).
import pg from "pg";

/** Creates `<prefix>_<now>`; returns its URL and a function that drops it (and closes the admin connection). */
export async function createBenchDatabase(prefix) {
  const serverUrl = new URL(process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
  const database = `${prefix}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl.toString() });
  await admin.connect();
  await admin.query(`create database ${database}`);
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`drop database if exists ${database} with (force)`);
      await admin.end();
    },
  };
}
