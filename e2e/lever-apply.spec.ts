import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";

const files = path.join(__dirname, "../test/files");
const pdf = { name: "cv.pdf", mimeType: "application/pdf", buffer: readFileSync(path.join(files, "resume.pdf")) };

test.describe("Lever-shaped apply API", () => {
  test("accepts a multipart application once, then says the candidate already applied", async ({ request, org }) => {
    const [posting] = await (await request.get(`/api/v0/postings/${org.organization.slug}?mode=json`)).json();
    const email = `lever-${randomUUID()}@example.com`;
    const form = { name: "Lee Lever", email, phone: "+1 555 0100", resume: pdf, "urls[LinkedIn]": "https://www.linkedin.com/in/lee", comments: "Hello" };

    const first = await request.post(`/api/v0/postings/${org.organization.slug}/${posting.id}`, { multipart: form });
    expect(first.status()).toBe(200);
    expect(await first.json()).toEqual({ ok: true, applicationId: expect.stringMatching(/^[0-9a-f-]{36}$/) });

    const second = await request.post(`/api/v0/postings/${org.organization.slug}/${posting.id}`, { multipart: form });
    expect(second.status()).toBe(409);
    expect((await second.json()).error).toMatch(/already applied/);
  });

  test("refuses bad input with a 400 that names the field", async ({ request, org }) => {
    const [posting] = await (await request.get(`/api/v0/postings/${org.organization.slug}?mode=json`)).json();
    const badEmail = await request.post(`/api/v0/postings/${org.organization.slug}/${posting.id}`, { multipart: { name: "X", email: "nope", resume: pdf } });
    expect(badEmail.status()).toBe(400);
    expect(await badEmail.json()).toEqual({ ok: false, error: "email: Enter a valid email address, like name@example.com." });

    const disguised = { name: "cv.pdf", mimeType: "application/pdf", buffer: readFileSync(path.join(files, "program.elf")) };
    const fake = await request.post(`/api/v0/postings/${org.organization.slug}/${posting.id}`, { multipart: { name: "X", email: `x-${randomUUID()}@example.com`, resume: disguised } });
    expect(fake.status()).toBe(400);
    expect((await fake.json()).error).toMatch(/^resume: Resume is named \.pdf but/);
  });

  test("an unknown posting is a 404", async ({ request, org }) => {
    const response = await request.post(`/api/v0/postings/${org.organization.slug}/999999999`, { multipart: { name: "X", email: "x@example.com", resume: pdf } });
    expect(response.status()).toBe(404);
    expect(await response.json()).toEqual({ ok: false, error: expect.stringMatching(/not accepting applications/) });
  });
});
