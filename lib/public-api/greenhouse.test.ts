import { describe, expect, it } from "vitest";
import { boardJob, context, publicJob, question } from "@/test/public-board";
import {
  greenhouseJobQuery,
  greenhouseListQuery,
  greenhouseTimestamp,
  stableNumericId,
  toGreenhouseJob,
  toGreenhouseJobDetail,
  toGreenhouseQuestions,
  toPayInputRanges,
} from "./greenhouse";

describe("toGreenhouseJob", () => {
  it("has Greenhouse's list fields, with the public number as id", () => {
    expect(toGreenhouseJob(boardJob(), context, { content: false })).toEqual({
      id: 42,
      internal_job_id: 42,
      title: "Senior Backend Engineer",
      updated_at: "2025-03-02T10:15:30+00:00",
      requisition_id: null,
      location: { name: "Remote (Europe)" },
      absolute_url: "https://jobs.example.com/careers/acme/senior-backend-engineer",
      metadata: [
        { id: 1, name: "Employment Type", value: "Full-time", value_type: "single_select" },
        { id: 2, name: "Workplace Type", value: "Remote", value_type: "single_select" },
      ],
      first_published: "2025-03-01T09:30:00+00:00",
      language: "en",
      company_name: "Acme & Sons",
    });
  });

  it("adds the description as entity-escaped HTML, departments and offices with content", () => {
    const job = toGreenhouseJob(boardJob(), context, { content: true });
    expect(job.content).toContain("&lt;h2&gt;What you&#39;ll do&lt;/h2&gt;");
    // The description's own entities are escaped again, as Greenhouse does: &amp; becomes &amp;amp;.
    expect(job.content).toContain("&amp;amp;");
    expect(job.content).not.toMatch(/[<>]/);
    expect(job.departments).toEqual([{ id: stableNumericId("Engineering"), name: "Engineering", child_ids: [], parent_id: null }]);
    expect(job.offices).toEqual([
      { id: stableNumericId("Remote (Europe)"), name: "Remote (Europe)", location: "Remote (Europe)", child_ids: [], parent_id: null },
    ]);
  });

  it("leaves departments and offices empty when the job has none", () => {
    const job = toGreenhouseJob(boardJob({ department: null, location: null, workplaceType: "on_site" }), context, { content: true });
    expect(job).toMatchObject({ departments: [], offices: [], location: { name: "" } });
  });

  it("uses the creation date as first published when the job has no publication date", () => {
    expect(toGreenhouseJob(boardJob({ publishedAt: null }), context, { content: false }).first_published).toBe("2025-02-20T08:00:00+00:00");
  });

  it("never emits internal ids or flags", () => {
    const json = JSON.stringify(
      toGreenhouseJobDetail(boardJob(), context, { questions: [question()], payTransparency: true }),
    );
    expect(json).not.toContain(publicJob().id);
    expect(json).not.toMatch(/anonymi[sz]ed|status|closes/i);
  });
});

describe("greenhouseTimestamp", () => {
  it("writes ISO 8601 with an offset and whole seconds", () => {
    expect(greenhouseTimestamp("2025-01-05T23:59:59.999Z")).toBe("2025-01-05T23:59:59+00:00");
  });
});

describe("stableNumericId", () => {
  it("is a positive 31-bit number that ignores case and surrounding spaces", () => {
    const id = stableNumericId("Engineering");
    expect(id).toBe(stableNumericId(" engineering "));
    expect(id).not.toBe(stableNumericId("Design"));
    expect(Number.isInteger(id) && id > 0 && id <= 0x7fffffff).toBe(true);
  });
});

describe("toPayInputRanges", () => {
  it("converts the pay range to cents and names the period", () => {
    expect(toPayInputRanges(boardJob())).toEqual([
      { min_cents: 8_500_000, max_cents: 11_000_000, currency_type: "EUR", title: "Annual salary", blurb: "€85,000 – €110,000 per year" },
    ]);
    expect(toPayInputRanges(boardJob({ payMin: 28, payMax: 36, payCurrency: "USD", payPeriod: "hour" }))).toMatchObject([
      { min_cents: 2800, max_cents: 3600, currency_type: "USD", title: "Hourly pay" },
    ]);
  });

  it("keeps an open-ended range open and is empty without pay", () => {
    expect(toPayInputRanges(boardJob({ payMin: null, payMax: 50_000 }))).toMatchObject([{ min_cents: null, max_cents: 5_000_000 }]);
    expect(toPayInputRanges(boardJob({ payMin: null, payMax: null, payCurrency: null, payPeriod: null }))).toEqual([]);
  });
});

describe("toGreenhouseQuestions", () => {
  it("starts with the standard questions in Greenhouse's field names", () => {
    const questions = toGreenhouseQuestions([]);
    expect(questions.map((q) => [q.label, q.required, q.fields.map((f) => `${f.name}:${f.type}`)])).toEqual([
      ["First Name", true, ["first_name:input_text"]],
      ["Last Name", true, ["last_name:input_text"]],
      ["Email", true, ["email:input_text"]],
      ["Phone", false, ["phone:input_text"]],
      ["Resume/CV", true, ["resume:input_file", "resume_text:textarea"]],
      ["Cover Letter", false, ["cover_letter:input_file", "cover_letter_text:textarea"]],
    ]);
  });

  it.each([
    ["short_text", "input_text", []],
    ["long_text", "textarea", []],
    ["file", "input_file", []],
    [
      "yes_no",
      "multi_value_single_select",
      [
        { label: "Yes", value: 1 },
        { label: "No", value: 0 },
      ],
    ],
    [
      "single_select",
      "multi_value_single_select",
      [
        { label: "1–3", value: "1–3" },
        { label: "More", value: "More" },
      ],
    ],
    [
      "multi_select",
      "multi_value_multi_select",
      [
        { label: "1–3", value: "1–3" },
        { label: "More", value: "More" },
      ],
    ],
  ] as const)("maps a %s question to %s", (type, fieldType, values) => {
    const options = type.endsWith("select") ? ["1–3", "More"] : [];
    const mapped = toGreenhouseQuestions([question({ type, options })]).at(-1);
    expect(mapped?.fields).toEqual([{ name: "question_00000000-0000-4000-8000-0000000000b1", type: fieldType, values }]);
  });

  it("keeps the label and required flag and escapes the help text", () => {
    const mapped = toGreenhouseQuestions([question({ label: "Portfolio", required: false, helpText: "A <URL> & more" })]).at(-1);
    expect(mapped).toMatchObject({ label: "Portfolio", required: false, description: "A &lt;URL&gt; &amp; more" });
    expect(toGreenhouseQuestions([question()]).at(-1)?.description).toBeNull();
  });
});

describe("toGreenhouseJobDetail", () => {
  it("adds questions and pay ranges only when asked for", () => {
    const plain = toGreenhouseJobDetail(boardJob(), context, { payTransparency: false });
    expect(plain).toHaveProperty("content");
    expect(plain).not.toHaveProperty("questions");
    expect(plain).not.toHaveProperty("pay_input_ranges");
    const full = toGreenhouseJobDetail(boardJob(), context, { questions: [question()], payTransparency: true });
    expect(full.questions).toHaveLength(7);
    expect(full.pay_input_ranges).toHaveLength(1);
  });
});

describe("query flags", () => {
  it("read true only from true (or 1), and never fail", () => {
    expect(greenhouseListQuery.parse({ content: "true" })).toEqual({ content: true });
    expect(greenhouseListQuery.parse({ content: "TRUE" })).toEqual({ content: true });
    expect(greenhouseListQuery.parse({ content: "yes please" })).toEqual({ content: false });
    expect(greenhouseListQuery.parse({})).toEqual({ content: false });
    expect(greenhouseJobQuery.parse({ questions: "1", pay_transparency: "false" })).toEqual({ questions: true, pay_transparency: false });
  });
});
