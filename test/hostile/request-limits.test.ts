import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as applyRoute } from "@/app/api/careers/[org]/jobs/[job]/applications/route";
import { POST as leverRoute } from "@/app/api/v0/postings/[org]/[id]/route";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import { BODY_TOO_LARGE_MESSAGE, FIELD_TOO_LONG_MESSAGE, FORM_LIMITS, formDataToObject, TOO_MANY_FIELDS_MESSAGE, UPLOADS_BUSY_MESSAGE } from "@/lib/request";
import { MAX_STREAMED_BODIES } from "@/server/http/read-form";
import { setupTestDatabase } from "@/test/database";

// Issue 15, findings 1 and 2: a body with tens of thousands of fields, or of hundreds of megabytes, is
// refused at once, having read no more of it than the limits allow.

const db = setupTestDatabase();
const resumePdf = readFileSync(path.join(__dirname, "../files/resume.pdf"));
const MB = 1024 * 1024;
const BOUNDARY = "----candor-hostile";

let org: IsolatedOrganization;
let publicId: number;
let skillsQuestion: string;

beforeAll(async () => {
  org = await createIsolatedOrganization(db());
  const [job] = await db().select({ publicId: s.jobs.publicId }).from(s.jobs).where(eq(s.jobs.id, org.job.id));
  publicId = job!.publicId;
  const [question] = await db()
    .insert(s.jobQuestions)
    .values({ organizationId: org.organization.id, jobId: org.job.id, position: 0, label: "Skills", type: "multi_select", required: false, options: ["Go", "Rust"] })
    .returning({ id: s.jobQuestions.id });
  skillsQuestion = question!.id;
});

/**
 * A request body made on demand in 64 KB chunks, as a network delivers it, from a head, `fillBytes` of
 * filler and a tail, so 300 MB cost no memory; `pulled()` says how many bytes the server asked for.
 */
function lazyBody(head: string, fillBytes: number, tail: string) {
  const CHUNK = 64 * 1024;
  const filler = Buffer.alloc(CHUNK, "A");
  const headBytes = Buffer.from(head);
  const tailBytes = Buffer.from(tail);
  const total = headBytes.length + fillBytes + tailBytes.length;
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= total) return controller.close();
      const end = Math.min(total, pulled + CHUNK);
      const chunk = Buffer.alloc(end - pulled);
      for (let at = pulled; at < end; ) {
        const fillEnd = headBytes.length + fillBytes;
        const [source, offset, segmentEnd] =
          at < headBytes.length
            ? [headBytes, at, headBytes.length]
            : at < fillEnd
              ? [filler, (at - headBytes.length) % CHUNK, fillEnd]
              : [tailBytes, at - fillEnd, total];
        at += source.copy(chunk, at - pulled, offset, offset + Math.min(end, segmentEnd) - at);
      }
      pulled = end;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => pulled };
}

const part = (name: string, value: string) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
const fileHead = (name: string, filename: string) =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\nContent-Type: application/pdf\r\n\r\n`;
const END = `--${BOUNDARY}--\r\n`;
const multipart = `multipart/form-data; boundary=${BOUNDARY}`;

function post(url: string, body: ReadableStream<Uint8Array> | string, headers: Record<string, string>) {
  return new Request(url, { method: "POST", body, headers, duplex: "half" } as RequestInit);
}
const toApply = (request: Request) => applyRoute(request, { params: Promise.resolve({ org: org.organization.slug, job: org.job.slug }) });
const toLever = (request: Request) =>
  leverRoute(request as Parameters<typeof leverRoute>[0], { params: Promise.resolve({ org: org.organization.slug, id: String(publicId) }) });
const applyUrl = () => `http://127.0.0.1/api/careers/${org.organization.slug}/jobs/${org.job.slug}/applications`;
const leverUrl = () => `http://127.0.0.1/api/v0/postings/${org.organization.slug}/${publicId}`;

async function applicationsStored() {
  const [row] = await db().select({ n: count() }).from(s.applications).where(eq(s.applications.organizationId, org.organization.id));
  return row!.n;
}

async function timed<T>(run: () => Promise<T>) {
  const started = performance.now();
  const result = await run();
  return { result, ms: performance.now() - started };
}

describe("formDataToObject", () => {
  it("refuses 20,000 fields at once instead of spending seconds on them", () => {
    const form = new FormData();
    for (let i = 0; i < 20_000; i++) form.append(`f${i}`, "x");
    const started = performance.now();
    expect(() => formDataToObject(form)).toThrow(TOO_MANY_FIELDS_MESSAGE);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it("keeps a long real form, repeated keys as arrays, and treats __proto__ as a plain name", () => {
    const form = new FormData();
    for (let i = 0; i < FORM_LIMITS.fields - 3; i++) form.append(`answers.q_${i}`, String(i));
    form.append("skills", "Go");
    form.append("skills", "Rust");
    form.append("__proto__", "polluted?");
    const object = formDataToObject(form);
    expect(Object.keys(object)).toHaveLength(FORM_LIMITS.fields - 1);
    expect(object.skills).toEqual(["Go", "Rust"]);
    expect(object.__proto__).toBe("polluted?");
    expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
  });

  it("refuses a 21st file", () => {
    const form = new FormData();
    for (let i = 0; i <= FORM_LIMITS.files; i++) form.append(`file${i}`, new File(["x"], "a.txt"));
    expect(() => formDataToObject(form)).toThrow(TOO_MANY_FIELDS_MESSAGE);
  });
});

describe("the upload routes refuse hostile bodies early", () => {
  it("a 169 KB urlencoded body of 20,000 fields to the form route: 413 within a second", async () => {
    const body = Array.from({ length: 20_000 }, (_, i) => `f${i}=x`).join("&");
    const before = await applicationsStored();
    const { result: response, ms } = await timed(() => toApply(post(applyUrl(), body, { "content-type": "application/x-www-form-urlencoded" })));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ ok: false, formError: TOO_MANY_FIELDS_MESSAGE });
    expect(ms).toBeLessThan(1000);
    expect(await applicationsStored()).toBe(before);
  });

  it("50,000 multipart fields to the Lever-shaped route: 413 within a second", async () => {
    const body = Array.from({ length: 50_000 }, (_, i) => part(`f${i}`, "x")).join("") + END;
    const { result: response, ms } = await timed(() => toLever(post(leverUrl(), body, { "content-type": multipart })));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ ok: false, error: TOO_MANY_FIELDS_MESSAGE });
    expect(ms).toBeLessThan(1000);
  });

  it("a declared 300 MB upload is refused by its Content-Length without reading it", async () => {
    const body = lazyBody(part("name", "Big") + fileHead("resume", "cv.pdf"), 300 * MB, `\r\n${END}`);
    const headers = { "content-type": multipart, "content-length": String(300 * MB + 200) };
    const { result: response, ms } = await timed(() => toApply(post(applyUrl(), body.stream, headers)));
    expect(response.status).toBe(413);
    expect(response.headers.get("connection")).toBe("close");
    expect(await response.json()).toMatchObject({ ok: false, formError: BODY_TOO_LARGE_MESSAGE });
    expect(ms).toBeLessThan(1000);
    // A ReadableStream fills its queue with one chunk before anyone reads: nothing beyond that.
    expect(body.pulled()).toBeLessThanOrEqual(64 * 1024);
  });

  it("a 300 MB resume streamed without a length stops being read at 10 MB, with the form's own message", async () => {
    const body = lazyBody(part("name", "Big") + fileHead("resume", "cv.pdf"), 300 * MB, `\r\n${END}`);
    const { result: response, ms } = await timed(() => toLever(post(leverUrl(), body.stream, { "content-type": multipart })));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ ok: false, error: "resume: Resume is larger than 10 MB. Upload a smaller file." });
    expect(body.pulled()).toBeLessThan(FORM_LIMITS.fileBytes + MB);
    expect(ms).toBeLessThan(2000);
  });

  it("past two bodies streaming without a length, another is refused at once with Retry-After and read not at all", async () => {
    // Bodies that never end: the ones being read hold their places until the test releases them.
    const held = Array.from({ length: MAX_STREAMED_BODIES }, () => {
      let release!: () => void;
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(part("name", "Slow")));
          release = () => controller.error(new Error("client went away"));
        },
      });
      return { response: toApply(post(applyUrl(), stream, { "content-type": multipart })), release: () => release() };
    });
    const extra = lazyBody(part("name", "Extra") + fileHead("resume", "cv.pdf"), 300 * MB, `\r\n${END}`);
    const { result: response, ms } = await timed(() => toLever(post(leverUrl(), extra.stream, { "content-type": multipart })));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("1");
    expect(await response.json()).toEqual({ ok: false, error: UPLOADS_BUSY_MESSAGE });
    expect(ms).toBeLessThan(1000);
    expect(extra.pulled()).toBeLessThanOrEqual(64 * 1024);

    // Once they end, a streamed body is read again.
    for (const body of held) body.release();
    for (const body of held) expect((await body.response).status).toBe(400);
    const next = lazyBody(part("name", "Big") + fileHead("resume", "cv.pdf"), 300 * MB, `\r\n${END}`);
    expect((await toLever(post(leverUrl(), next.stream, { "content-type": multipart }))).status).toBe(413);
  });

  it("files under 10 MB each but over 32 MB together stop being read at 32 MB", async () => {
    const fourFiles = [0, 1, 2, 3].map((i) => fileHead(`answers.q_${i}`, `part${i}.pdf`) + "A".repeat(9 * MB) + "\r\n").join("");
    const body = lazyBody(fourFiles, 0, END);
    const response = await toApply(post(applyUrl(), body.stream, { "content-type": multipart }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ ok: false, code: "TOO_LARGE", formError: BODY_TOO_LARGE_MESSAGE });
    expect(body.pulled()).toBeLessThan(FORM_LIMITS.bodyBytes + MB);
  });

  it("a 300 KB answer is refused on its field", async () => {
    const body = part("name", "Long") + part("coverLetterText", "word ".repeat(60_000)) + END;
    const response = await toApply(post(applyUrl(), body, { "content-type": multipart }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ formError: FIELD_TOO_LONG_MESSAGE, fieldErrors: { coverLetterText: [FIELD_TOO_LONG_MESSAGE] } });
  });

  it("a body that is not a form is a 400 with the route's message", async () => {
    const response = await toLever(post(leverUrl(), "{}", { "content-type": "application/json" }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ ok: false, error: "Send the application as multipart/form-data." });
  });

  it("a real application still goes through the streaming parser whole", async () => {
    const form = new FormData();
    const email = `stream-${randomUUID()}@example.com`;
    form.append("name", "Jürgen Stream");
    form.append("email", email);
    form.append("resume", new File([resumePdf], "Lebenslauf Müller.pdf", { type: "application/pdf" }));
    form.append("coverLetterFile", new File([], ""), ""); // an untouched file input
    form.append(`answers.q_${skillsQuestion}`, "Go");
    form.append(`answers.q_${skillsQuestion}`, "Rust");
    form.append("consent", "on");
    form.append("leaveEmpty", "");
    form.append("idempotencyKey", randomUUID());
    const response = await toApply(new Request(applyUrl(), { method: "POST", body: form }));
    expect(await response.json()).toEqual({ ok: true, statusUrl: expect.stringMatching(/^\/status\//) });
    expect(response.status).toBe(201);
    const [stored] = await db()
      .select({ name: s.files.originalName, size: s.files.sizeBytes })
      .from(s.files)
      .innerJoin(s.candidates, eq(s.candidates.id, s.files.candidateId))
      .where(eq(s.candidates.email, email));
    expect(stored).toEqual({ name: "Lebenslauf Müller.pdf", size: resumePdf.length });
    const [answer] = await db().select({ value: s.applicationAnswers.value }).from(s.applicationAnswers).where(eq(s.applicationAnswers.questionId, skillsQuestion));
    expect(answer?.value).toEqual(["Go", "Rust"]);
  });
});
