import { describe, expect, it } from "vitest";
import { createFormControl, get } from "react-hook-form";
import { changedFromServer, fieldValue, handBack, serverChoiceProps, serverDefaultProps, typedFields, typedValueNow, type FormControl } from "./typed-before-hydration";

// Plain objects with the parts of the DOM's controls the helpers read, as the server's HTML leaves them.
const text = (name: string, sent: string, now = sent, type = "text"): FormControl => ({ name, type, disabled: false, value: now, defaultValue: sent });
const box = (name: string, type: "radio" | "checkbox", value: string, sent: boolean, now = sent, withValue = true): FormControl => ({
  name,
  type,
  disabled: false,
  value,
  checked: now,
  defaultChecked: sent,
  hasAttribute: (attribute) => attribute === "value" && withValue,
});
function select(name: string, values: string[], sent: string | null, now: string, multiple = false): FormControl {
  const options = values.map((value) => ({ value, defaultSelected: value === sent, selected: value === now, disabled: false }));
  return { name, type: multiple ? "select-multiple" : "select-one", disabled: false, value: now, options, selectedIndex: values.indexOf(now) };
}
const notList = () => false;

describe("serverDefaultProps", () => {
  it("puts text and numbers in the value, a yes/no in the checkbox, and leaves lists to the browser", () => {
    expect(serverDefaultProps("Test Job")).toEqual({ defaultValue: "Test Job" });
    expect(serverDefaultProps(3)).toEqual({ defaultValue: 3 });
    expect(serverDefaultProps(false)).toEqual({ defaultChecked: false });
    expect(serverDefaultProps(["mon"])).toEqual({});
    expect(serverDefaultProps(undefined)).toEqual({});
    expect(serverDefaultProps(null)).toEqual({});
  });
});

describe("serverChoiceProps", () => {
  it("checks a checkbox of a list when the default list holds its value", () => {
    expect(serverChoiceProps(["1", "3"], "1")).toEqual({ value: "1", defaultChecked: true });
    expect(serverChoiceProps(["1", "3"], "2")).toEqual({ value: "2", defaultChecked: false });
    expect(serverChoiceProps([], "read")).toEqual({ value: "read", defaultChecked: false });
    // As react-hook-form compares once hydrated: a number in the list is not the box's text.
    expect(serverChoiceProps([1], "1")).toEqual({ value: "1", defaultChecked: false });
  });

  it("checks the radio whose value is the field's", () => {
    expect(serverChoiceProps("later", "later")).toEqual({ value: "later", defaultChecked: true });
    expect(serverChoiceProps("later", "now")).toEqual({ value: "now", defaultChecked: false });
    expect(serverChoiceProps(undefined, "now")).toEqual({ value: "now", defaultChecked: false });
  });
});

describe("changedFromServer", () => {
  it("compares text, checkboxes and radios with what the server sent", () => {
    expect(changedFromServer(text("title", "Test Job"))).toBe(false);
    expect(changedFromServer(text("title", "Test Job", "New title"))).toBe(true);
    expect(changedFromServer(text("descriptionMd", "Old", "New", "textarea"))).toBe(true);
    expect(changedFromServer(box("anonymizedReview", "checkbox", "on", false, true))).toBe(true);
    expect(changedFromServer(box("when", "radio", "later", false))).toBe(false);
  });

  it("counts a select as changed only when another option than the server's is chosen", () => {
    expect(changedFromServer(select("workplaceType", ["on_site", "remote"], "remote", "remote"))).toBe(false);
    expect(changedFromServer(select("workplaceType", ["on_site", "remote"], "remote", "on_site"))).toBe(true);
    // No option marked: the browser shows the first, which is not a change.
    expect(changedFromServer(select("payPeriod", ["", "year"], null, ""))).toBe(false);
    expect(changedFromServer(select("payPeriod", ["", "year"], null, "year"))).toBe(true);
    expect(changedFromServer(select("days", ["1", "2"], "1", "1", true))).toBe(false);
  });
});

describe("fieldValue", () => {
  it("reads each kind of field as react-hook-form does", () => {
    expect(fieldValue([text("title", "", "Typed")], false)).toBe("Typed");
    expect(fieldValue([box("when", "radio", "now", true, false), box("when", "radio", "later", false, true)], false)).toBe("later");
    expect(fieldValue([box("when", "radio", "now", true, false), box("when", "radio", "later", false)], false)).toBeNull();
    expect(fieldValue([box("decision", "checkbox", "on", false, true, false)], false)).toBe(true);
    expect(fieldValue([box("confirm", "checkbox", "yes", false, true)], false)).toBe("yes");
    expect(fieldValue([box("confirm", "checkbox", "yes", true, false)], false)).toBe(false);
    expect(fieldValue([box("days", "checkbox", "1", true, false), box("days", "checkbox", "2", false, true)], false)).toEqual(["2"]);
    // One checkbox of a list (the form's default is a list) still gives a list.
    expect(fieldValue([box("events", "checkbox", "job.created", false, true)], true)).toEqual(["job.created"]);
    expect(fieldValue([select("workplaceType", ["on_site", "remote"], "on_site", "remote")], false)).toBe("remote");
    expect(fieldValue([select("tags", ["a", "b", "c"], null, "b", true)], false)).toEqual(["b"]);
  });
});

describe("typedFields", () => {
  const form = (...elements: FormControl[]) => ({ elements });

  it("finds the fields a person changed in the server's form, with their values then", () => {
    const typed = typedFields(
      form(
        text("title", "Test Job", "Typed title"),
        text("location", "Lisbon"),
        box("when", "radio", "now", true, false),
        box("when", "radio", "later", false, true),
        text("jobId", "j1", "j1", "hidden"),
        { ...text("slug", "a", "b"), disabled: true },
        { name: "", type: "submit", disabled: false, value: "save" },
      ),
      notList,
    );
    expect(typed.map(({ name, value }) => [name, value])).toEqual([
      ["title", "Typed title"],
      ["when", "later"],
    ]);
  });

  it("finds nothing without the server's form", () => {
    expect(typedFields(null, notList)).toEqual([]);
  });
});

describe("typedValueNow", () => {
  it("reads text again when the person typed on while React hydrated", () => {
    const title = text("title", "Test Job", "Typed");
    const [field] = typedFields({ elements: [title] }, notList);
    title.value = "Typed on";
    expect(typedValueNow(field!, false)).toBe("Typed on");
  });

  it("gives back what was noted when hydration put the field back to the server's", () => {
    const description = text("descriptionMd", "Old text", "Typed", "textarea");
    const now = box("when", "radio", "now", true, false);
    const later = box("when", "radio", "later", false, true);
    const [typedText, typedChoice] = typedFields({ elements: [description, now, later] }, notList);
    description.value = "Old text"; // React's hydration of a textarea
    now.checked = later.checked = false; // react-hook-form's registration of a radio group, as seen in the browser
    expect(typedValueNow(typedText!, false)).toBe("Typed");
    expect(typedValueNow(typedChoice!, false)).toBe("later");
  });
});

describe("handBack", () => {
  /** A form as react-hook-form runs it once on the page, its fields registered on plain objects. */
  function mounted<V extends Record<string, unknown>>(defaultValues: V) {
    const form = createFormControl<V>({ defaultValues: defaultValues as never });
    for (const name of ["title", "slug", "ratings.speed", "ratings.depth"]) {
      if (get(defaultValues, name) === undefined) continue;
      form.register(name as never).ref({ name, type: "text", value: String(get(defaultValues, name)), addEventListener() {}, removeEventListener() {} });
    }
    form.control._state.mount = true; // as useForm's effect marks it
    return form;
  }

  it("tells every watcher, though react-hook-form already held the value it read from the field", () => {
    const form = mounted({ title: "", slug: "" });
    // react-hook-form reads a field edited before it was ready into its values when the field registers.
    form.setValue("title", "Senior Welder");
    const seen: unknown[] = [];
    form.subscribe({ formState: { values: true }, callback: ({ values }) => void seen.push(values.title) });
    const [field] = typedFields({ elements: [text("title", "", "Senior Welder")] }, notList);
    handBack(form, [field!], notList);
    expect(seen).toContain("Senior Welder");
    expect(form.getFieldState("title").isDirty).toBe(true);
  });

  it("reads every field before writing any, and keeps a typed field's neighbours in its object", () => {
    const form = mounted({ title: "", slug: "", ratings: { speed: "", depth: "strong" } });
    const typed = typedFields({ elements: [text("title", "", "Senior Welder"), text("slug", "", "welding-lead"), text("ratings.speed", "", "mixed")] }, notList);
    handBack(form, typed, notList);
    expect(form.getValues()).toEqual({ title: "Senior Welder", slug: "welding-lead", ratings: { speed: "mixed", depth: "strong" } });
    expect(form.getFieldState("slug").isDirty).toBe(true);
    expect(form.getFieldState("ratings.depth").isDirty).toBe(false);
  });
});
