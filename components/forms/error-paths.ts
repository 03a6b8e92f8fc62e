// Pure parts of the form hook: kept apart from React so Vitest can check them without a browser.
import type { FieldErrors } from "@/lib/action-result";

/**
 * The paths ("title", "reasons.0.value", "reasons.root") of every error in react-hook-form's nested
 * error object, in the order the object holds them.
 */
export function errorPaths(errors: unknown, prefix = ""): string[] {
  if (!errors || typeof errors !== "object") return [];
  const node = errors as Record<string, unknown>;
  if (typeof node.message === "string" || typeof node.type === "string") return prefix ? [prefix] : [];
  return Object.entries(node).flatMap(([key, child]) => (key === "ref" ? [] : errorPaths(child, prefix ? `${prefix}.${key}` : key)));
}

/** The first message of each field the server refused, skipping empty lists. */
export function serverFieldMessages(fieldErrors: FieldErrors | undefined): [string, string][] {
  return Object.entries(fieldErrors ?? {}).flatMap(([path, messages]) => (messages?.[0] ? [[path, messages[0]] as [string, string]] : []));
}

/** Values with the pressed submit button's name and value added, as a browser's form post would carry them. */
export function withSubmitter<V extends object>(values: V, submitter: { name: string; value: string } | null | undefined): V {
  return submitter?.name ? { ...values, [submitter.name]: submitter.value } : values;
}
