import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

/** A stable id for a form field, usable in links from the error summary. */
export const fieldId = (name: string) => `field-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;

const inputClasses =
  "w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 shadow-sm aria-invalid:border-red-700";

type Common = { name: string; label: ReactNode; error?: string; hint?: ReactNode; required?: boolean };

function Described({ name, error, hint }: { name: string; error?: string; hint?: ReactNode }) {
  return (
    <>
      {hint && (
        <p id={`${fieldId(name)}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${fieldId(name)}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </>
  );
}

function describedBy(name: string, error?: string, hint?: ReactNode) {
  return [hint ? `${fieldId(name)}-hint` : null, error ? `${fieldId(name)}-error` : null].filter(Boolean).join(" ") || undefined;
}

const requiredMark = (required?: boolean) => (required ? <span aria-hidden="true"> *</span> : null);

/** The label, hint and error around one control, and the ARIA attributes that tie them to it. */
function Frame({ name, label, error, hint, required, children }: Common & { children: (aria: Record<string, unknown>) => ReactNode }) {
  const aria = {
    id: fieldId(name),
    "aria-required": required || undefined,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(name, error, hint),
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={fieldId(name)} className="text-sm font-medium">
        {label}
        {requiredMark(required)}
      </label>
      {children(aria)}
      <Described name={name} error={error} hint={hint} />
    </div>
  );
}

export function TextInput({
  registration,
  type = "text",
  autoComplete,
  defaultValue,
  ...common
}: Common & { registration: UseFormRegisterReturn; type?: string; autoComplete?: string; defaultValue?: string }) {
  return (
    <Frame {...common}>
      {(aria) => <input {...aria} type={type} autoComplete={autoComplete} defaultValue={defaultValue} className={inputClasses} {...registration} />}
    </Frame>
  );
}

export function TextArea({ registration, defaultValue, rows = 5, ...common }: Common & { registration: UseFormRegisterReturn; defaultValue?: string; rows?: number }) {
  return (
    <Frame {...common}>
      {(aria) => <textarea {...aria} rows={rows} defaultValue={defaultValue} className={inputClasses} {...registration} />}
    </Frame>
  );
}

export function FileInput({ registration, accept, ...common }: Common & { registration: UseFormRegisterReturn; accept: string }) {
  return (
    <Frame {...common}>
      {(aria) => (
        <input
          {...aria}
          type="file"
          accept={accept}
          className="text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:font-medium"
          {...registration}
        />
      )}
    </Frame>
  );
}

export function SelectInput({
  registration,
  options,
  defaultValue,
  placeholder = "Choose…",
  ...common
}: Common & { registration: UseFormRegisterReturn; options: readonly (readonly [string, string])[]; defaultValue?: string; placeholder?: string }) {
  return (
    <Frame {...common}>
      {(aria) => (
        <select {...aria} defaultValue={defaultValue ?? ""} className={inputClasses} {...registration}>
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
  registration,
  options,
  multiple,
  defaultValue,
  ...common
}: Common & { registration: UseFormRegisterReturn; options: readonly (readonly [string, string])[]; multiple?: boolean; defaultValue?: string | string[] }) {
  const { name, label, error, hint, required } = common;
  const chosen = new Set(Array.isArray(defaultValue) ? defaultValue : defaultValue ? [defaultValue] : []);
  return (
    <fieldset
      id={fieldId(name)}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(name, error, hint)}
      className="flex flex-col gap-2"
      tabIndex={-1}
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
            value={value}
            defaultChecked={chosen.has(value)}
            className="size-4 accent-brand"
            {...registration}
          />
          {text}
        </label>
      ))}
      <Described name={name} error={error} hint={hint} />
    </fieldset>
  );
}
