/**
 * A dashboard form is the server's HTML until React hydrates it, and a person may type into it meanwhile.
 * react-hook-form's `register` gives the server no value to render, so the server's fields came out empty and
 * hydration then wrote the defaults in (a title typed over the empty field, or over its selection, ended up
 * after the old one). With the defaults in the HTML (`serverDefaultProps`), hydration still writes over some
 * of what was typed: React puts a textarea back to the server's text, react-hook-form puts a radio group back
 * to its default, and a form with page-owned `values` resets every field. `typedFields` notes what was typed
 * before any of that, and useServerForm hands it back to the form as a change.
 */

import { set, type FieldValues, type UseFormReturn } from "react-hook-form";

/** The parts of an input, textarea or select read here (plain objects stand in for them in tests). */
export type FormControl = {
  name: string;
  type: string;
  disabled: boolean;
  value: string;
  defaultValue?: string;
  checked?: boolean;
  defaultChecked?: boolean;
  options?: ArrayLike<{ value: string; selected: boolean; defaultSelected: boolean; disabled: boolean }>;
  selectedIndex?: number;
  hasAttribute?: (name: string) => boolean;
};

/** A field the person changed from what the server sent: its controls and, then, their value. */
export type TypedField = { name: string; controls: FormControl[]; value: unknown };

/** Controls a person cannot type into, or whose value a script may not set (a file). */
const untyped = new Set(["hidden", "file", "submit", "reset", "button", "image"]);

const isChoice = (control: FormControl) => control.type === "radio" || control.type === "checkbox";

/** The props that put a field's default in the server's HTML: a checkbox's state, or the text or option. */
export function serverDefaultProps(value: unknown): { defaultValue?: string | number; defaultChecked?: boolean } {
  if (typeof value === "boolean") return { defaultChecked: value };
  if (typeof value === "string" || typeof value === "number") return { defaultValue: value };
  return {}; // lists and objects: a checkbox list's boxes take `serverChoiceProps`; a multiple select shows them after hydration
}

/**
 * The props of one radio of a group, or one checkbox of a list, for the server's HTML: its value, and checked
 * when the field's default is that value (a radio) or a list holding it (a checkbox), compared as
 * react-hook-form compares them once hydrated, so hydration leaves the boxes as the server drew them.
 */
export function serverChoiceProps(fieldDefault: unknown, value: string): { value: string; defaultChecked: boolean } {
  return { value, defaultChecked: Array.isArray(fieldDefault) ? fieldDefault.includes(value) : fieldDefault === value };
}

/** Whether the person changed a control from what the server sent. */
export function changedFromServer(control: FormControl): boolean {
  if (isChoice(control)) return control.checked !== control.defaultChecked;
  const options = Array.from(control.options ?? []);
  if (control.type === "select-multiple") return options.some((option) => option.selected !== option.defaultSelected);
  if (control.type === "select-one") {
    // The browser selects the last option marked selected, or else the first one that can be.
    const marked = options.map((option) => option.defaultSelected).lastIndexOf(true);
    return control.selectedIndex !== (marked >= 0 ? marked : options.findIndex((option) => !option.disabled));
  }
  return control.value !== control.defaultValue;
}

/**
 * A field's value as react-hook-form reads it from its controls: the checked radio's (null for none), a
 * checkbox's true or false (its value when it has one), the checked values of a checkbox list (`list`: several
 * checkboxes, or a list by default), a multiple select's selected values, or the text.
 */
export function fieldValue(controls: FormControl[], list: boolean): unknown {
  const [first] = controls;
  if (!first) return undefined;
  if (first.type === "radio") return controls.find((control) => control.checked)?.value ?? null;
  if (first.type === "checkbox") {
    if (list || controls.length > 1) return controls.filter((control) => control.checked && !control.disabled).map((control) => control.value);
    if (!first.checked) return false;
    return first.hasAttribute?.("value") && first.value !== "" ? first.value : true;
  }
  if (first.type === "select-multiple") return Array.from(first.options ?? []).flatMap((option) => (option.selected ? [option.value] : []));
  return first.value;
}

/** The fields of a server-rendered form the person changed before hydration, with what they hold now. */
export function typedFields(form: { elements: ArrayLike<unknown> } | null, isList: (name: string) => boolean): TypedField[] {
  if (!form) return [];
  const byName = new Map<string, FormControl[]>();
  for (const element of Array.from(form.elements) as FormControl[]) {
    if (!element.name || element.disabled || untyped.has(element.type) || typeof element.value !== "string") continue;
    byName.set(element.name, [...(byName.get(element.name) ?? []), element]);
  }
  return [...byName]
    .filter(([, controls]) => controls.some(changedFromServer))
    .map(([name, controls]) => ({ name, controls, value: fieldValue(controls, isList(name)) }));
}

/**
 * What to hand the form for a typed field once hydration is over. Text the person is still changing is read
 * again (they may have typed on while React hydrated); text put back to the server's, and any choice (whose
 * controls hydration set itself), is what was noted before.
 */
export function typedValueNow(field: TypedField, list: boolean): unknown {
  const [first] = field.controls;
  const text = first && !isChoice(first) && !first.type.startsWith("select");
  return text && changedFromServer(first) ? fieldValue(field.controls, list) : field.value;
}

/**
 * Hands the typed fields to the form, once hydration is over, as one change: their values (read before any is
 * written: a form may derive one field from another), dirty, and told to every watcher (useWatch), so what a
 * form works out from them (a job's address from its title, a hint, a preview) follows. Field by field with
 * setValue, watchers missed some: react-hook-form reads a field edited before it was ready into its values
 * without telling anyone, and setValue of a value it already holds tells no one either. A field inside an
 * object (`ratings.speed`) is set into that object as the form holds it, so its neighbours stay.
 */
export function handBack<V extends FieldValues>(form: Pick<UseFormReturn<V, unknown, unknown>, "getValues" | "setValues">, fields: TypedField[], isList: (name: string) => boolean) {
  const patch: Record<string, unknown> = {};
  for (const field of fields) {
    const top = field.name.split(".")[0]!;
    if (!(top in patch)) patch[top] = structuredClone(form.getValues(top as never));
    set(patch, field.name, typedValueNow(field, isList(field.name)));
  }
  if (Object.keys(patch).length > 0) form.setValues(patch as Partial<V>, { shouldDirty: true });
}
