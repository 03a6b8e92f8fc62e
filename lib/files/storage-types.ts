/**
 * The storage key of a file whose bytes are in file_contents: they are written by the same statement as
 * the application that brings them (db/queries/applications.ts insertSubmission), so both are stored or neither.
 */
export const DATABASE_STORAGE_KEY = "pg";

/** Where a file's bytes live: Postgres by default, an S3-compatible bucket when configured. */
export type FileStore = {
  readonly name: "postgres" | "s3";
  /**
   * Before the statement that records the file: S3 uploads the bytes here, so a failed upload stores
   * nothing. Returns the storage key for the files row (DATABASE_STORAGE_KEY: the statement writes the bytes).
   */
  stage(file: { id: string; organizationId: string; mediaType: string; data: Buffer }): Promise<string>;
  /** After that statement failed: removes what `stage` wrote, so nothing is left without its row. */
  discard(storageKeys: string[]): Promise<void>;
  read(file: { id: string; storageKey: string }): Promise<Buffer>;
  /** After rows were deleted and committed (a candidate's "delete my data"). */
  remove(storageKeys: string[]): Promise<void>;
};
