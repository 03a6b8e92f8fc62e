import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { fileContents } from "@/db/schema";
import { DATABASE_STORAGE_KEY, type FileStore } from "@/lib/files/storage-types";

/** Default storage: bytes in file_contents, written by the statement that records the application. */
export const postgresStore: FileStore = {
  name: "postgres",
  stage: async () => DATABASE_STORAGE_KEY,
  discard: async () => {},
  read: async (file) => {
    const [row] = await db().select({ data: fileContents.data }).from(fileContents).where(eq(fileContents.fileId, file.id));
    if (!row) throw new Error(`file ${file.id} has no stored bytes`);
    return row.data;
  },
  // file_contents rows go with their files row (ON DELETE CASCADE).
  remove: async () => {},
};
