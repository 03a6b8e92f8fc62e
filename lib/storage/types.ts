import type { Transaction } from "@/db/client";

/** Where a file's bytes live: Postgres by default, an S3-compatible bucket when configured. */
export type FileStore = {
  readonly name: "postgres" | "s3";
  /**
   * Before the transaction that records the file: S3 uploads the bytes here, so a failed upload
   * stores nothing. Returns the storage key for the files row.
   */
  stage(file: { id: string; organizationId: string; mediaType: string; data: Buffer }): Promise<string>;
  /** Inside that transaction: Postgres writes the bytes here, committing with the row. */
  persist(tx: Transaction, file: { id: string; storageKey: string; data: Buffer }): Promise<void>;
  /** After the transaction failed: removes what `stage` wrote, so nothing is left without its row. */
  discard(storageKeys: string[]): Promise<void>;
  read(file: { id: string; storageKey: string }): Promise<Buffer>;
  /** After rows were deleted and committed (a candidate's "delete my data"). */
  remove(storageKeys: string[]): Promise<void>;
};
