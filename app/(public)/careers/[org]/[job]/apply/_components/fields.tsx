import type { ReactNode } from "react";
import type { FieldHint } from "@/lib/validation/application-hints";

/** A stable id for a form field, usable in links from the error summary. */
export const fieldId = (name: string) => `field-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;

const inputClasses =
  "w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 shadow-sm aria-invalid:border-red-700";

type Common = {
  name: string;
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  /** What the form's script may check before sending (public/js/apply-form.js); the server decides. */
  check?: FieldHint;
  /** A question's label, which its message needs at the top of the form ("…? Choose yes or no."). */
  question?: string;
};

/**
 * The data attributes public/js/apply-form.js reads on a field's frame: its form name, the question it
 * asks, and the early checks with their messages.
 */
export function fieldData({ name, check, question }: Pick<Common, "name" | "check" | "question">) {
  return {
    "data-field": name,
    "data-question": question,
    "data-required": check?.required,
    "data-email": check?.email,
    "data-max-bytes": check?.file?.maxBytes,
    "data-accept": check?.file?.accept,
    "data-too-large": check?.file?.tooLarge,
    "data-wrong-type": check?.file?.wrongType,
  };
}

/**
 * The field's hint, and its error: always on the page, hidden while there is none, so the script puts
 * its messages where the server puts them without JavaScript.
 */
export function Described({ name, error, hint }: { name: string; error?: string; hint?: ReactNode }) {
  return (
    <>
      {hint && (
        <p id={`${fieldId(name)}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <p id={`${fieldId(name)}-error`} className="text-sm font-medium text-red-700" hidden={!error}>
        {error}
      </p>
    </>
  );
}

export function describedBy(name: string, error?: string, hint?: ReactNode) {
  return [hint ? `${fieldId(name)}-hint` : null, error ? `${fieldId(name)}-error` : null].filter(Boolean).join(" ") || undefined;
}

const requiredMark = (required?: boolean) => (required ? <span aria-hidden="true"> *</span> : null);

type Aria = { id: string; name: string; "aria-required"?: boolean; "aria-invalid"?: boolean; "aria-describedby"?: string };

/** The label, hint and error around one control, and the ARIA attributes that tie them to it. */
function Frame({ children, ...common }: Common & { children: (aria: Aria) => ReactNode }) {
  const { name, label, error, hint, required } = common;
  const aria: Aria = {
    id: fieldId(name),
    name,
    "aria-required": required || undefined,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(name, error, hint),
  };
  return (
    <div className="flex flex-col gap-1" {...fieldData(common)}>
      <label htmlFor={fieldId(name)} className="text-sm font-medium">
        {label}
        {requiredMark(required)}
      </label>
      {children(aria)}
      <Described name={name} error={error} hint={hint} />
    </div>
  );
}

export function TextInput({ type = "text", autoComplete, defaultValue, ...common }: Common & { type?: string; autoComplete?: string; defaultValue?: string }) {
  return <Frame {...common}>{(aria) => <input {...aria} type={type} autoComplete={autoComplete} defaultValue={defaultValue} className={inputClasses} />}</Frame>;
}

export function TextArea({ defaultValue, rows = 5, ...common }: Common & { defaultValue?: string; rows?: number }) {
  return <Frame {...common}>{(aria) => <textarea {...aria} rows={rows} defaultValue={defaultValue} className={inputClasses} />}</Frame>;
}

export function FileInput({ accept, ...common }: Common & { accept: string }) {
  return (
    <Frame {...common}>
      {(aria) => (
        <input
          {...aria}
          type="file"
          accept={accept}
          className="text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:font-medium"
        />
      )}
    </Frame>
  );
}

export function SelectInput({
  options,
  defaultValue,
  placeholder = "Choose…",
  ...common
}: Common & { options: readonly (readonly [string, string])[]; defaultValue?: string; placeholder?: string }) {
  return (
    <Frame {...common}>
      {(aria) => (
        <select {...aria} defaultValue={defaultValue ?? ""} className={inputClasses}>
          <option value="">{placeholder}</option>
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Frame>
  );
}

/** Radio buttons (one choice) or checkboxes (several), grouped under a legend. */
export function ChoiceGroup({
  options,
  multiple,
  defaultValue,
  ...common
}: Common & { options: readonly (readonly [string, string])[]; multiple?: boolean; defaultValue?: string | string[] }) {
  const { name, label, error, hint, required } = common;
  const chosen = new Set(Array.isArray(defaultValue) ? defaultValue : defaultValue ? [defaultValue] : []);
  return (
    <fieldset
      id={fieldId(name)}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(name, error, hint)}
      className="flex flex-col gap-2"
      tabIndex={-1}
      {...fieldData(common)}
    >
      <legend className="text-sm font-medium">
        {label}
        {requiredMark(required)}
      </legend>
      {options.map(([value, text], index) => (
        <label key={value} className="flex items-center gap-2 text-sm">
          <input
            id={index === 0 ? `${fieldId(name)}-first` : undefined}
            type={multiple ? "checkbox" : "radio"}
            name={name}
            value={value}
            defaultChecked={chosen.has(value)}
            className="size-4 accent-brand"
          />
          {text}
        </label>
      ))}
      <Described name={name} error={error} hint={hint} />
    </fieldset>
  );
}
