import "server-only";
import { DeleteObjectsCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import type { FileStore } from "@/lib/files/storage-types";

export type S3Settings = {
  bucket: string;
  region: string;
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
};

const PREFIX = "s3:";

export function objectKeyOf(storageKey: string): string {
  if (!storageKey.startsWith(PREFIX)) throw new Error(`not an S3 storage key: ${storageKey}`);
  return storageKey.slice(PREFIX.length);
}

/**
 * An S3-compatible bucket (AWS S3, MinIO, R2...) for deployments with several app servers.
 * Objects are uploaded before the database transaction and deleted again if it fails; anything a
 * crash leaves behind has no files row and is removed by `sweepOrphanedObjects`.
 */
export function s3Store(settings: S3Settings): FileStore & { client: S3Client; bucket: string } {
  const client = new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials:
      settings.accessKeyId && settings.secretAccessKey
        ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
        : undefined,
  });
  const bucket = settings.bucket;
  const deleteKeys = async (storageKeys: string[]) => {
    const keys = storageKeys.filter((key) => key.startsWith(PREFIX)).map(objectKeyOf);
    for (let i = 0; i < keys.length; i += 1000) {
      await client.send(
        new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys.slice(i, i + 1000).map((Key) => ({ Key })), Quiet: true } }),
      );
    }
  };
  return {
    name: "s3",
    client,
    bucket,
    stage: async (file) => {
      const key = `organizations/${file.organizationId}/files/${file.id}`;
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: file.data, ContentType: file.mediaType, ContentLength: file.data.length }));
      return `${PREFIX}${key}`;
    },
    discard: async (storageKeys) => {
      try {
        await deleteKeys(storageKeys);
      } catch (error) {
        // The sweep removes them later; the candidate's failed submit has already been reported.
        console.error("candor: could not remove uploads of a failed transaction", error);
      }
    },
    read: async (file) => {
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: objectKeyOf(file.storageKey) }));
      if (!object.Body) throw new Error(`file ${file.id} has no stored bytes`);
      return Buffer.from(await object.Body.transformToByteArray());
    },
    remove: deleteKeys,
  };
}

/** Every object key under the files prefix with its last-modified time. */
export async function listObjects(store: ReturnType<typeof s3Store>): Promise<{ key: string; lastModified: Date }[]> {
  const objects: { key: string; lastModified: Date }[] = [];
  let token: string | undefined;
  do {
    const page = await store.client.send(
      new ListObjectsV2Command({ Bucket: store.bucket, Prefix: "organizations/", ContinuationToken: token }),
    );
    for (const object of page.Contents ?? []) {
      if (object.Key) objects.push({ key: object.Key, lastModified: object.LastModified ?? new Date(0) });
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return objects;
}
