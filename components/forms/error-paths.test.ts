import { zodResolver } from "@hookform/resolvers/zod";
import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/errors";
import { interviewPlanSchema } from "@/lib/validation/interviews";
import { jobFieldsSchema } from "@/lib/validation/job";
import { errorPaths, serverFieldMessages, withSubmitter } from "./error-paths";

/** What react-hook-form's resolver reports for `values`, as the form hook sees it in the browser. */
async function browserErrors(schema: Parameters<typeof zodResolver>[0], values: Record<string, unknown>) {
  const result = await zodResolver(schema)(values, undefined, { fields: {}, shouldUseNativeValidation: false });
  return result.errors;
}

describe("errorPaths", () => {
  it("names the browser's errors with the same paths the server reports, so one lookup finds both", async () => {
    const job = { title: "", slug: "Not A Slug", payMin: "10", payMax: "5", payCurrency: "", descriptionMd: "" };
    const paths = errorPaths(await browserErrors(jobFieldsSchema, job));
    expect(paths.sort()).toEqual(Object.keys(fieldErrorsOf(jobFieldsSchema.safeParse(job).error!)).sort());
    expect(paths).toEqual(expect.arrayContaining(["title", "slug", "payMax", "payCurrency"]));
  });

  it("reaches errors inside lists of lists", async () => {
    const plan = {
      jobId: "00000000-0000-4000-8000-000000000000",
      stages: [{ stageId: "00000000-0000-4000-8000-000000000001", interviews: [{ name: "Fine", focusAreas: [] }, { name: "", focusAreas: [] }] }],
    };
    const paths = errorPaths(await browserErrors(interviewPlanSchema, plan));
    expect(paths).toEqual(["stages.0.interviews.1.name"]);
    expect(paths).toEqual(Object.keys(fieldErrorsOf(interviewPlanSchema.safeParse(plan).error!)));
  });

  it("stops at an error node and never walks into the element it points at", () => {
    const element = { message: "not me", nested: { type: "x" } };
    expect(errorPaths({ reasons: { root: { type: "too_small", message: "Keep one reason", ref: element } } })).toEqual(["reasons.root"]);
    expect(errorPaths({})).toEqual([]);
    expect(errorPaths(undefined)).toEqual([]);
  });
});

describe("serverFieldMessages", () => {
  it("keeps the first message of each refused field and skips empty lists", () => {
    expect(serverFieldMessages({ slug: ["Taken", "Too long"], title: [], body: undefined })).toEqual([["slug", "Taken"]]);
    expect(serverFieldMessages(undefined)).toEqual([]);
  });
});

describe("withSubmitter", () => {
  it("adds the pressed button's name and value, as a browser's post would", () => {
    expect(withSubmitter({ title: "A" }, { name: "intent", value: "publish" })).toEqual({ title: "A", intent: "publish" });
    expect(withSubmitter({ title: "A" }, { name: "", value: "x" })).toEqual({ title: "A" });
    expect(withSubmitter({ title: "A" }, null)).toEqual({ title: "A" });
  });
});
