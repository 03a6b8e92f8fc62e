import { useId, type InputHTMLAttributes, type ReactNode, type Ref, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";

type Described = {
  label: string;
  /** Shown under the control and announced to screen readers. */
  error?: string;
  hint?: string;
  id?: string;
  className?: string;
  /** Added to the control itself (className styles the wrapper): `font-mono` for Markdown. */
  controlClassName?: string;
};

type ControlProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string; className: string };

/** Label above, hint and error below, tied to the control with htmlFor and aria-describedby. */
function Labelled({ id, label, hint, error, className = "", controlClassName = "", control }: Described & { control: (props: ControlProps) => ReactNode }) {
  const generated = useId();
  const controlId = id ?? generated;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    // min-w-0: a select as wide as its longest option, or an input's default width, must not widen a
    // phone's page; the control stretches to the room its row or grid cell gives it.
    <div className={`flex min-w-0 flex-col gap-1 ${className}`}>
      <label htmlFor={controlId} className="text-sm font-medium text-fg">
        {label}
      </label>
      {control({
        id: controlId,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy,
        className: `rounded-md border border-line-strong bg-surface px-3 py-2 text-fg shadow-sm aria-invalid:border-danger ${controlClassName}`,
      })}
      {hint && (
        <p id={hintId} className="text-sm text-fg-subtle">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-sm text-danger">
          {error}
        </p>
      )}
    </div>
  );
}

/** A labelled input whose hint and error are tied to it with aria-describedby. */
export function Field({ label, error, hint, id, className, controlClassName, ref, ...props }: InputHTMLAttributes<HTMLInputElement> & Described & { ref?: Ref<HTMLInputElement> }) {
  return <Labelled {...{ label, error, hint, id, className, controlClassName }} control={(control) => <input ref={ref} {...control} {...props} />} />;
}

/** A labelled select, with hint and error like Field. */
export function SelectField({ label, error, hint, id, className, controlClassName, ref, ...props }: SelectHTMLAttributes<HTMLSelectElement> & Described & { ref?: Ref<HTMLSelectElement> }) {
  return <Labelled {...{ label, error, hint, id, className, controlClassName }} control={(control) => <select ref={ref} {...control} {...props} />} />;
}

/** A labelled multi-line text box, with hint and error like Field. */
export function TextAreaField({ label, error, hint, id, className, controlClassName, ref, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement> & Described & { ref?: Ref<HTMLTextAreaElement> }) {
  return <Labelled {...{ label, error, hint, id, className, controlClassName }} control={(control) => <textarea ref={ref} {...control} {...props} />} />;
}
