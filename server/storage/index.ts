import "server-only";
import { inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { files } from "@/db/schema";
import { env } from "@/lib/env";
import { postgresStore } from "./postgres";
import { listObjects, s3Store } from "./s3";
import { DATABASE_STORAGE_KEY, type FileStore } from "@/lib/files/storage-types";

export type { FileStore } from "@/lib/files/storage-types";

let store: FileStore | undefined;

/** The configured file store: S3 when S3_BUCKET is set, Postgres otherwise. */
export function fileStore(): FileStore {
  if (store) return store;
  const config = env();
  store = config.S3_BUCKET
    ? s3Store({
        bucket: config.S3_BUCKET,
        region: config.S3_REGION,
        endpoint: config.S3_ENDPOINT,
        accessKeyId: config.S3_ACCESS_KEY_ID,
        secretAccessKey: config.S3_SECRET_ACCESS_KEY,
        forcePathStyle: config.S3_FORCE_PATH_STYLE === "1",
      })
    : postgresStore;
  return store;
}

/** Reads a stored file's bytes from wherever its storage key says they are. */
export function readFileBytes(file: { id: string; storageKey: string }): Promise<Buffer> {
  return (file.storageKey === DATABASE_STORAGE_KEY ? postgresStore : fileStore()).read(file);
}

/**
 * Removes bucket objects that no files row points at and that are older than `graceMinutes`
 * (a crash between upload and commit, or a deletion whose object removal failed). Returns how many.
 */
export async function sweepOrphanedObjects(graceMinutes = 60, now = new Date()): Promise<number> {
  const current = fileStore();
  if (current.name !== "s3") return 0;
  const s3 = current as ReturnType<typeof s3Store>;
  const cutoff = now.getTime() - graceMinutes * 60_000;
  const candidates = (await listObjects(s3)).filter((object) => object.lastModified.getTime() < cutoff);
  let removed = 0;
  for (let i = 0; i < candidates.length; i += 500) {
    const keys = candidates.slice(i, i + 500).map((object) => `s3:${object.key}`);
    const known = new Set(
      (await db().select({ key: files.storageKey }).from(files).where(inArray(files.storageKey, keys))).map((row) => row.key),
    );
    const orphans = keys.filter((key) => !known.has(key));
    await current.remove(orphans);
    removed += orphans.length;
  }
  return removed;
}

/** For tests: forget the configured store so a changed environment takes effect. */
export function resetFileStore() {
  store = undefined;
}
