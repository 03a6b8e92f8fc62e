import type { FieldValues, Path, PathValue, UseFormReturn } from "react-hook-form";

/**
 * Puts a value the page proposes (a job's address made from its title, the browser's time zone) into a field
 * the person has not changed, as the field's default: so it is not a change of theirs, and the field counts as
 * changed (react-hook-form's dirty) only once they make it differ from the proposal, by typing, or before
 * hydration (useServerForm hands that back as a change, whichever runs first). A proposal set with `setValue`
 * would not do: react-hook-form, on any field put back to its default, recounts every field against the
 * defaults and would then hold the proposal for the person's own change. A `reset()` returns to the proposal.
 * Answers whether the field took it.
 */
export function suggestValue<V extends FieldValues, N extends Path<V>>(form: Pick<UseFormReturn<V, unknown, unknown>, "getFieldState" | "resetField">, name: N, value: PathValue<V, N>): boolean {
  if (form.getFieldState(name).isDirty) return false;
  // Errors and touched state stay as they are: the proposal is not the person's answer to them.
  form.resetField(name, { defaultValue: value, keepError: true, keepTouched: true });
  return true;
}
