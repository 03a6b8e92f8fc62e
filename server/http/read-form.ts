import "server-only";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import Busboy from "@fastify/busboy";
import { tokenBucket } from "@/lib/token-bucket";
import { BODY_TOO_LARGE_MESSAGE, FIELD_TOO_LONG_MESSAGE, FORM_LIMITS, FormFields, FormRefused, TOO_MANY_FIELDS_MESSAGE } from "@/lib/request";

export const FORM_UNREADABLE_MESSAGE = "The form could not be read. Please submit it again.";

const PIECE_BYTES = 16 * 1024;
const FORM_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded)\s*(;|$)/i;

/**
 * The bytes of form bodies this process reads per second, all requests together: a token bucket that
 * lets a burst of 16 MB through at once (a few applications with large files never wait) and then 96 MB a
 * second. A flood of large bodies then waits in the kernel's buffers instead of taking every cycle of the
 * event loop, so pages and health checks keep being answered.
 */
const bodyBytes = tokenBucket({ burst: 16 * 1024 * 1024, perSecond: 96 * 1024 * 1024 });

/** The names the application schema gives each file in its "larger than 10 MB" message. */
const fileLabels: Record<string, string> = { resume: "Resume", coverLetterFile: "Cover letter" };

/**
 * Reads a form post (multipart or urlencoded) into the object formDataToObject would give, refusing it
 * as early as possible: by its Content-Length before reading a byte, and while it streams in, at the
 * first byte past FORM_LIMITS.bodyBytes, the first file byte past 10 MB, the first field past the field
 * or file counts. Reading stops there, so a request holds at most about FORM_LIMITS.bodyBytes of memory
 * whatever it sends (request.formData() would read every byte first). Throws FormRefused.
 */
export async function readForm(request: Request): Promise<Record<string, unknown>> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!FORM_TYPES.test(contentType)) throw new FormRefused(400, FORM_UNREADABLE_MESSAGE);
  const declaredBytes = Number(request.headers.get("content-length") ?? 0);
  if (declaredBytes > FORM_LIMITS.bodyBytes) throw new FormRefused(413, BODY_TOO_LARGE_MESSAGE);
  if (!request.body) return {};

  let refusal: FormRefused | undefined;
  const fields = new FormFields();
  const add = (name: string, value: FormDataEntryValue) => {
    try {
      fields.add(name, value);
    } catch (error) {
      refuse(error as FormRefused);
    }
  };

  let received = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      received += chunk.length;
      if (received > FORM_LIMITS.bodyBytes) return callback(new FormRefused(413, BODY_TOO_LARGE_MESSAGE));
      // In pieces: the parser handles a whole chunk before it can notice it was stopped, and 50,000
      // tiny parts in one chunk would take it seconds.
      const pass = () => {
        for (let start = 0; start < chunk.length; start += PIECE_BYTES) this.push(chunk.subarray(start, start + PIECE_BYTES));
        callback();
      };
      const wait = bodyBytes.take(chunk.length);
      if (wait > 0) setTimeout(pass, wait);
      else pass();
    },
  });
  const parser = Busboy({
    headers: { "content-type": contentType },
    // As browsers and request.formData() have it: a part is a file when it has a file name ("" for an
    // untouched file input), whatever its Content-Type.
    isPartAFile: (_name, _type, filename) => filename !== undefined,
    // One over each count: busboy drops what is past a count without a word (within a chunk), while
    // FormFields refuses the first entry over it.
    limits: {
      fields: FORM_LIMITS.fields + 1,
      files: FORM_LIMITS.files + 1,
      parts: FORM_LIMITS.fields + FORM_LIMITS.files + 1,
      fileSize: FORM_LIMITS.fileBytes,
      fieldSize: FORM_LIMITS.fieldBytes,
      fieldNameSize: 200,
    },
  });
  // Destroying the parser ends the pipeline, which cancels the request body: nothing more is read.
  const refuse = (reason: FormRefused) => {
    refusal ??= reason;
    parser.destroy(reason);
  };
  const tooMany = () => refuse(new FormRefused(413, TOO_MANY_FIELDS_MESSAGE));
  parser.on("fieldsLimit", tooMany).on("filesLimit", tooMany).on("partsLimit", tooMany);

  parser.on("field", (name, value, nameTruncated, valueTruncated) => {
    if (nameTruncated) return refuse(new FormRefused(400, FORM_UNREADABLE_MESSAGE));
    if (valueTruncated) return refuse(new FormRefused(413, FIELD_TOO_LONG_MESSAGE, name));
    add(name, value);
  });
  const files: Promise<void>[] = [];
  parser.on("file", (name, stream, filename, _encoding, mimeType) => {
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    stream.on("data", (chunk: Uint8Array<ArrayBuffer>) => chunks.push(chunk));
    stream.on("limit", () => {
      const label = fileLabels[name] ?? "This file";
      refuse(new FormRefused(413, `${label} is larger than 10 MB. Upload a smaller file.`, name));
    });
    files.push(
      new Promise((resolve) =>
        stream.on("end", () => {
          if (!stream.truncated) add(name, new File(chunks, filename, { type: mimeType }));
          resolve();
        }),
      ),
    );
  });

  try {
    await pipeline(Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>), counter, parser);
    await Promise.all(files);
  } catch (error) {
    throw refusal ?? (error instanceof FormRefused ? error : new FormRefused(400, FORM_UNREADABLE_MESSAGE));
  }
  if (refusal) throw refusal;
  return { ...fields.values };
}
