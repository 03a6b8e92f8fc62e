import "server-only";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import Busboy from "@fastify/busboy";
import { rateLimitAddress } from "@/lib/client-address";
import { refusalPacer } from "@/lib/refusal-pacer";
import { tokenBucket } from "@/lib/token-bucket";
import { recordedClientIp } from "@/server/http/client-ip";
import { FORM_LIMITS, FormFields, FormRefused, type FormLimits } from "@/lib/request";

const PIECE_BYTES = 16 * 1024;
const FORM_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded)\s*(;|$)/i;

/**
 * State shared by every copy of this module in the process: proxy.ts and each route handler are bundled
 * apart and each holds its own copy, yet the limits below are for the process as a whole.
 */
function perProcess<T>(name: string, create: () => T): T {
  const shared = globalThis as { [key: symbol]: unknown };
  const key = Symbol.for(`candor.read-form.${name}`);
  shared[key] ??= create();
  return shared[key] as T;
}

/**
 * The bytes of form bodies this process reads per second, all requests together: a token bucket that
 * lets a burst of 16 MB through at once (a few applications with large files never wait) and then 96 MB a
 * second. A flood of large bodies then waits in the kernel's buffers instead of taking every cycle of the
 * event loop, so pages and health checks keep being answered.
 */
const bodyBytes = perProcess("body-bytes", () => tokenBucket({ burst: 16 * 1024 * 1024, perSecond: 96 * 1024 * 1024 }));

/**
 * How many bodies without a Content-Length this process reads at once. Browsers and HTTP clients send
 * a length with every form; a body streamed without one can only be refused once its limit has been read
 * (up to 32 MB), so a handful of connections streaming 300 MB each would otherwise share the bucket
 * above between them and each wait seconds for its refusal. Past this count one is refused at once (503,
 * Retry-After) and the others are read at full speed.
 */
export const MAX_STREAMED_BODIES = 2;
const streaming = perProcess("streamed-bodies", () => ({ count: 0 }));

/**
 * A client (an address, an IPv6 /64) whose forms this process refused more than 20 times in a minute gets
 * each further refusal half a second late. Real candidates are refused once or twice; a script sending
 * hostile bodies as fast as they are refused then waits on a timer instead of making the server parse
 * the next one, so ten such connections use a sliver of a core instead of all of it, and every refusal
 * still comes within a second.
 */
const refusals = perProcess("refusals", () => refusalPacer({ allowed: 20, windowMs: 60_000, delayMs: 500 }));

/** The names the application schema gives each file in its "larger than 10 MB" message. */
const fileLabels: Record<string, string> = { resume: "Resume", coverLetterFile: "Cover letter" };

/**
 * Reads a form post (multipart or urlencoded) into the object formDataToObject would give, refusing it
 * as early as possible: by its Content-Length before reading a byte, and while it streams in, at the
 * first byte past FORM_LIMITS.bodyBytes, the first file byte past 10 MB, the first field past the field
 * or file counts. Reading stops there, so a request holds at most about FORM_LIMITS.bodyBytes of memory
 * whatever it sends (request.formData() would read every byte first). A body without a Content-Length
 * is refused before reading while MAX_STREAMED_BODIES others are being read. Throws FormRefused, late
 * for a client refused many times (refusals, above).
 */
export async function readForm(request: Request, options: { keepFiles?: boolean; limits?: FormLimits } = {}): Promise<Record<string, unknown>> {
  try {
    return await readWithinLimits(request, options);
  } catch (error) {
    if (error instanceof FormRefused) await holdBackRefusal(request.headers);
    throw error;
  }
}

function refusedTooOften(headers: Headers) {
  const client = recordedClientIp(headers);
  return client !== null && refusals.over(rateLimitAddress(client));
}

async function holdBackRefusal(headers: Headers) {
  const client = recordedClientIp(headers);
  // Without a recorded address every client is one (server/http/client-ip.ts): not one client to slow down.
  if (!client) return;
  const wait = refusals.refused(rateLimitAddress(client));
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

async function readWithinLimits(
  request: Request,
  { keepFiles = true, limits = FORM_LIMITS }: { keepFiles?: boolean; limits?: FormLimits },
): Promise<Record<string, unknown>> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!FORM_TYPES.test(contentType)) throw new FormRefused("unreadable");
  const declaredBytes = Number(request.headers.get("content-length") ?? 0);
  if (declaredBytes > limits.bodyBytes) throw new FormRefused("too-large");
  if (!request.body) return {};
  const streamed = !request.headers.has("content-length");
  // A body without a length from a client refused again and again is not read at all: browsers always
  // send a length, and reading one to its limit costs the most of any refusal.
  if (streamed && (streaming.count >= MAX_STREAMED_BODIES || refusedTooOften(request.headers))) throw new FormRefused("busy");
  if (streamed) streaming.count++;
  try {
    return await readBody(request.body, contentType, keepFiles, limits);
  } finally {
    if (streamed) streaming.count--;
  }
}

async function readBody(body: ReadableStream<Uint8Array>, contentType: string, keepFiles: boolean, limits: FormLimits): Promise<Record<string, unknown>> {
  let refusal: FormRefused | undefined;
  const fields = new FormFields(limits);
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
      if (received > limits.bodyBytes) return callback(new FormRefused("too-large"));
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
      fields: limits.fields + 1,
      files: limits.files + 1,
      parts: limits.fields + limits.files + 1,
      fileSize: limits.fileBytes,
      fieldSize: limits.fieldBytes,
      fieldNameSize: 200,
    },
  });
  // Destroying the parser ends the pipeline, which cancels the request body: nothing more is read.
  const refuse = (reason: FormRefused) => {
    refusal ??= reason;
    parser.destroy(reason);
  };
  const tooMany = () => refuse(new FormRefused("too-many-fields"));
  parser.on("fieldsLimit", tooMany).on("filesLimit", tooMany).on("partsLimit", tooMany);

  parser.on("field", (name, value, nameTruncated, valueTruncated) => {
    if (nameTruncated) return refuse(new FormRefused("unreadable"));
    if (valueTruncated) return refuse(new FormRefused("field-too-long", name));
    add(name, value);
  });
  const files: Promise<void>[] = [];
  parser.on("file", (name, stream, filename, _encoding, mimeType) => {
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    stream.on("data", (chunk: Uint8Array<ArrayBuffer>) => {
      if (keepFiles) chunks.push(chunk);
    });
    stream.on("limit", () => {
      const label = fileLabels[name] ?? "This file";
      refuse(new FormRefused("file-too-large", name, `${label} is larger than 10 MB. Upload a smaller file.`));
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
    await pipeline(Readable.fromWeb(body as NodeReadableStream<Uint8Array>), counter, parser);
    await Promise.all(files);
  } catch (error) {
    throw refusal ?? (error instanceof FormRefused ? error : new FormRefused("unreadable"));
  }
  if (refusal) throw refusal;
  return { ...fields.values };
}

/** Whether Next may take the request for a no-JavaScript server action: a form posted to a page. */
export function isFormPost(request: Request): boolean {
  return request.method === "POST" && FORM_TYPES.test(request.headers.get("content-type") ?? "");
}

/**
 * Reads a form post only to hold it to the limits, as readForm does, without keeping file bytes: the
 * refusal, if there is one. The proxy checks every form posted to a page with it (the apply page's
 * no-JavaScript post with FORM_LIMITS) before Next parses the whole form for a server action.
 */
export async function checkForm(request: Request, limits: FormLimits = FORM_LIMITS): Promise<FormRefused | undefined> {
  try {
    await readForm(request, { keepFiles: false, limits });
    return undefined;
  } catch (error) {
    if (error instanceof FormRefused) return error;
    throw error;
  }
}

/**
 * Headers for a route's answer to a FormRefused: the connection is closed (the rest of an oversized body
 * is not worth receiving), and a 503 says when to try again.
 */
export function refusalHeaders(status: number): Record<string, string> {
  return status === 503 ? { connection: "close", "retry-after": "1" } : { connection: "close" };
}
