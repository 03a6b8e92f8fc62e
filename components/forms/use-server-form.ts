"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useCallback, useEffect, useId, useRef, useState, type FormEvent } from "react";
import {
  get,
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type PathValue,
  type Resolver,
  type UseFormRegister,
  type UseFormRegisterReturn,
  type UseFormReturn,
} from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { errorPaths, serverFieldMessages, withSubmitter } from "./error-paths";
import { suggestValue } from "./suggest-value";
import { handBack, serverChoiceProps, serverDefaultProps, typedFields } from "./typed-before-hydration";

type Payload<V> = V | FormData;

type Options<V extends FieldValues, O, T> = {
  /** The action, usually `memberAction(capability, schema, fn)`: it takes the values (or FormData) and answers an ActionResult. */
  action: (input: never) => Promise<ActionResult<T>>;
  /** The schema the server parses, or a shape derived from it (.pick/.extend), checked in the browser first. */
  schema?: z.ZodType<O>;
  defaultValues?: DefaultValues<V>;
  /** Values the page owns and may change between renders (fixed input of a button); they replace the form's. */
  values?: V;
  /** Runs once per accepted submission, after the render that shows it. */
  onSuccess?: (data: T, form: UseFormReturn<V, unknown, O>) => void;
  /** "formData" posts the form element itself (file uploads); by default the form's values are sent. */
  send?: "values" | "formData";
  /**
   * Where focus goes when the form is refused: the first field with an error (the default), or the form's
   * alert (`alertId`) when it lists every error (an error summary), for long forms whose first error may
   * be far from the submit button and hard to find on its own.
   */
  focusOnError?: "field" | "summary";
};

/** The element for an error path: a control named after it, or the first of a radio/checkbox group. */
function controlFor(form: HTMLFormElement, path: string): HTMLElement | null {
  const item = form.elements.namedItem(path);
  if (!item) return null;
  return item instanceof RadioNodeList ? ((item[0] as HTMLElement | undefined) ?? null) : (item as HTMLElement);
}

/** Focuses the first control, in page order, that has one of the errors; false when none is on the page. */
function focusFirst(form: HTMLFormElement | null, paths: string[]): boolean {
  if (!form) return false;
  const controls = paths.map((path) => controlFor(form, path)).filter((element): element is HTMLElement => element !== null);
  controls.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  controls[0]?.focus();
  return controls.length > 0;
}

/**
 * The one way a dashboard form talks to its server action: react-hook-form checks the fields in the
 * browser with the server's own schema, the form then goes to the action through useActionState, the
 * server's per-field errors land on their fields, focus moves to the first error (or to the form's alert),
 * and `pending` disables the submit button until the answer is in. The server's HTML shows the form's
 * values, and what a person types into it before React hydrates stays, counts as a change and is sent.
 * A value the page works out itself (from another field, from the browser) goes in with `suggest`, which never
 * replaces a change of the person's, typed or made before hydration.
 */
export function useServerForm<V extends FieldValues, O = V, T = unknown>({ action, schema, defaultValues, values, onSuccess, send = "values", focusOnError = "field" }: Options<V, O, T>) {
  const form = useForm<V, unknown, O>({
    resolver: schema ? (zodResolver(schema as never) as unknown as Resolver<V, unknown, O>) : undefined,
    defaultValues,
    values,
    shouldFocusError: false, // focus follows page order for browser and server errors alike, below
  });
  // The values the fields start from: the page's own, or the defaults (reset after a success replaces them).
  const initial = (values ?? form.formState.defaultValues) as V | undefined;
  const isList = (name: string) => Array.isArray(get(initial, name));
  // Marks the server's <form> so the first render in the browser finds it before React hydrates the fields.
  const formKey = useId();
  // Fields this form registered: only those are handed back (a Controller's, or another form's, are not).
  const registered = useRef(new Set<string>());
  // Noted while hydrating, before React and react-hook-form write the form's values into the fields.
  const [typedEarly] = useState(() =>
    typeof document === "undefined" ? [] : typedFields(document.querySelector<HTMLFormElement>(`form[data-server-form="${formKey}"]`), isList),
  );
  // After react-hook-form's own effects (a `values` form resets its fields there): what was typed wins.
  useEffect(() => {
    handBack(
      form,
      typedEarly.filter((field) => registered.current.has(field.name)),
      isList,
    );
    // Once, for the server's HTML; later renders start from the form's own values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const register: UseFormRegister<V> = (name, options) => {
    registered.current.add(name);
    // Typed as react-hook-form's: the default is for the server's HTML (an input, textarea or select).
    return { ...form.register(name, options), ...serverDefaultProps(get(initial, name)) } as UseFormRegisterReturn<typeof name>;
  };
  /**
   * A radio of a group, or a checkbox of a list (a field whose default is a list): its value, and checked in
   * the server's HTML when that value is the field's or in its list (`register` gives a radio a text default
   * and a list's boxes nothing, so they were unchecked until hydration).
   */
  const registerChoice = (name: Path<V>, value: string) => {
    registered.current.add(name);
    return { ...form.register(name), ...serverChoiceProps(get(initial, name), value) };
  };
  // Stable, as react-hook-form's own methods are, so a form's effect may depend on it.
  const suggest = useCallback(<N extends Path<V>>(name: N, value: PathValue<V, N>) => suggestValue(form, name, value), [form]);
  // The adapter: useActionState passes (previous state, payload); every action here takes just the input.
  const [state, dispatch, pending] = useActionState<ActionResult<T> | null, Payload<V>>(
    (_previous, payload) => (action as (input: Payload<V>) => Promise<ActionResult<T>>)(payload),
    null,
  );
  // The form element of the last submission: the server's answer is about that form.
  const formRef = useRef<HTMLFormElement | null>(null);
  const alertId = useId();
  // The browser's errors, to focus once the form is enabled again (it is disabled while being checked).
  const focusRequest = useRef<string[] | null>(null);
  // The answer a later submission dismissed: "saved" holds from an accepted answer until the next submit.
  const [dismissed, setDismissed] = useState<ActionResult<T> | null>(null);
  const onSuccessRef = useRef(onSuccess);
  useEffect(() => {
    onSuccessRef.current = onSuccess;
  });

  useEffect(() => {
    if (!state) return;
    if (state.ok) {
      onSuccessRef.current?.(state.data, form);
      return;
    }
    const messages = serverFieldMessages(state.fieldErrors);
    for (const [path, message] of messages) form.setError(path as Path<V>, { type: "server", message });
    if (focusOnError === "summary" || !focusFirst(formRef.current, messages.map(([path]) => path))) document.getElementById(alertId)?.focus();
    // `form` is stable; only a new answer from the server should run this.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  const { isSubmitting, submitCount } = form.formState;
  useEffect(() => {
    if (isSubmitting || !focusRequest.current) return;
    if (focusOnError === "summary") document.getElementById(alertId)?.focus();
    else focusFirst(formRef.current, focusRequest.current);
    focusRequest.current = null;
  }, [isSubmitting, submitCount, focusOnError, alertId]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDismissed(state);
    const element = event.currentTarget;
    formRef.current = element;
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    void form.handleSubmit(
      () => {
        const payload = send === "formData" ? new FormData(element, submitter) : withSubmitter(form.getValues(), submitter);
        startTransition(() => dispatch(payload));
      },
      (errors) => void (focusRequest.current = errorPaths(errors)),
    )(event);
  }

  // Read during render so react-hook-form re-renders this form when an error arrives (its formState is a proxy).
  const { errors } = form.formState;
  const failed = state && !state.ok ? state : null;
  return {
    ...form,
    /** react-hook-form's, with the field's default for the server's HTML. A radio takes `registerRadio`, a checkbox of a list `registerCheckbox`. */
    register,
    /**
     * `suggest(name, value)`: a value the page proposes (derived from another field, or the browser's), for a
     * field the person has not changed, typed or before hydration; see suggestValue. Answers whether it took.
     */
    suggest,
    /** `registerRadio(name, value)`: one radio of a group. */
    registerRadio: registerChoice,
    /** `registerCheckbox(name, value)`: one checkbox of a list. */
    registerCheckbox: registerChoice,
    /** Spread on the <form>: onSubmit, no browser bubbles over ours, and the mark hydration finds it by. */
    formProps: { onSubmit, noValidate: true, "data-server-form": formKey },
    /** The id of the form-level Alert, so focus can land there when no field holds the error. */
    alertId,
    // Also true while the browser checks the fields, so a quick second press can't slip in before the request.
    pending: pending || isSubmitting,
    state,
    /** The server accepted the last submission, and the form has not been sent again since (a "Saved." notice). */
    saved: state?.ok === true && state !== dismissed,
    /** The server's refusal in one sentence, for the form's role="alert". */
    formError: failed?.formError,
    /** The browser's or the server's message for a field path. */
    fieldError: (path: string): string | undefined => {
      const error = get(errors, path) as { message?: string; root?: { message?: string } } | undefined;
      return error?.message ?? error?.root?.message; // a list's own error (too few items) sits on its root
    },
  };
}
