import { describe, expect, it } from "vitest";
import { createFormControl } from "react-hook-form";
import { suggestValue } from "./suggest-value";

type Values = { title: string; slug: string; department: string; timeZone: string };

/** A form as react-hook-form runs it in the browser, on plain objects standing in for the inputs. */
function jobForm(defaults: Partial<Values> = {}) {
  const form = createFormControl<Values>({ defaultValues: { title: "", slug: "", department: "", timeZone: "UTC", ...defaults } });
  const inputs = {} as Record<keyof Values, { field: ReturnType<typeof form.register>; input: { value: string } }>;
  for (const name of ["title", "slug", "department", "timeZone"] as const) {
    const field = form.register(name);
    const input = { name, type: "text", value: "", addEventListener() {}, removeEventListener() {} };
    field.ref(input);
    inputs[name] = { field, input };
  }
  form.control._state.mount = true; // as useForm's effect marks it once the form is on the page
  /** The person types into a field: the input's change event, as react-hook-form's onChange receives it. */
  const type = async (name: keyof Values, value: string) => {
    inputs[name].input.value = value;
    await inputs[name].field.onChange({ target: inputs[name].input, type: "change" });
  };
  /** What useServerForm does with a field typed before hydration. */
  const handBack = (name: keyof Values, value: string) => form.setValue(name, value, { shouldDirty: true });
  return { ...form, type, handBack };
}

describe("suggestValue", () => {
  it("fills a field the person has not changed, without making it a change of theirs", async () => {
    const form = jobForm();
    await form.type("title", "Support Lead");
    expect(suggestValue(form, "slug", "support-lead")).toBe(true);
    expect(form.getValues("slug")).toBe("support-lead");
    expect(form.getFieldState("slug").isDirty).toBe(false);
    // Another field typed and put back makes react-hook-form recount every field against the defaults: a
    // proposal set as a plain value would count as the person's then, and the next title would not replace it.
    await form.type("department", "Care");
    await form.type("department", "");
    expect(form.getFieldState("slug").isDirty).toBe(false);
    await form.type("title", "Support Lead II");
    expect(suggestValue(form, "slug", "support-lead-ii")).toBe(true);
    expect(form.getValues("slug")).toBe("support-lead-ii");
  });

  it("leaves a field the person typed into", async () => {
    const form = jobForm();
    await form.type("title", "Support");
    suggestValue(form, "slug", "support");
    await form.type("slug", "care-lead");
    await form.type("title", "Support Lead");
    expect(suggestValue(form, "slug", "support-lead")).toBe(false);
    expect(form.getValues("slug")).toBe("care-lead");
  });

  it("leaves a field typed before hydration, whether it is handed back before or after the proposal", () => {
    const after = jobForm();
    after.handBack("slug", "welding-lead");
    expect(suggestValue(after, "slug", "senior-welder")).toBe(false);
    expect(after.getValues("slug")).toBe("welding-lead");

    const before = jobForm();
    suggestValue(before, "timeZone", "Europe/Berlin");
    before.handBack("timeZone", "Asia/Tokyo");
    expect(before.getValues("timeZone")).toBe("Asia/Tokyo");
    expect(suggestValue(before, "timeZone", "Europe/Berlin")).toBe(false);
    expect(before.getValues("timeZone")).toBe("Asia/Tokyo");
  });

  it("is what the form returns to after a reset, and what a person's edit is measured against", async () => {
    const form = jobForm();
    suggestValue(form, "timeZone", "Europe/Berlin");
    await form.type("timeZone", "Asia/Tokyo");
    expect(form.getFieldState("timeZone").isDirty).toBe(true);
    form.reset();
    expect(form.getValues("timeZone")).toBe("Europe/Berlin");
    // Typing the proposal itself back is no change: the next proposal may replace it.
    await form.type("timeZone", "Asia/Tokyo");
    await form.type("timeZone", "Europe/Berlin");
    expect(suggestValue(form, "timeZone", "Europe/Lisbon")).toBe(true);
  });
});
