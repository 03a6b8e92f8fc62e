import { randomBytes } from "node:crypto";
import { Client } from "pg";

/**
 * With DATABASE_URL set, the run gets a database of its own on that server, created here and dropped
 * afterwards, so tests never touch the database named in DATABASE_URL. Without it, every test file uses
 * an in-memory PGlite (see test/setup.ts).
 */
export default async function setup() {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return;
  const name = `candor_vitest_${randomBytes(4).toString("hex")}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();

  return async () => {
    const cleanup = new Client({ connectionString: serverUrl });
    await cleanup.connect();
    await cleanup.query(`drop database if exists ${name} with (force)`);
    await cleanup.end();
  };
}
