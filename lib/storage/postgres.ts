import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { fileContents } from "@/db/schema";
import type { FileStore } from "./types";

/** Default storage: bytes in file_contents, written in the application's own transaction. */
export const postgresStore: FileStore = {
  name: "postgres",
  stage: async () => "pg",
  persist: async (tx, file) => {
    await tx.insert(fileContents).values({ fileId: file.id, data: file.data });
  },
  discard: async () => {},
  read: async (file) => {
    const [row] = await db().select({ data: fileContents.data }).from(fileContents).where(eq(fileContents.fileId, file.id));
    if (!row) throw new Error(`file ${file.id} has no stored bytes`);
    return row.data;
  },
  // file_contents rows go with their files row (ON DELETE CASCADE).
  remove: async () => {},
};
