import type { z } from "zod";

/** Failures we expect and can explain to the user. Anything else is logged and shown generically. */
export type AppErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "VALIDATION"
  | "RATE_LIMITED"
  | "ALREADY_APPLIED"
  | "STALE_VERSION"
  | "CONFLICT";

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

export const GENERIC_ERROR_MESSAGE = "Something went wrong on our side. Please try again in a moment.";

/** The form-level message when fields are wrong; each field also gets its own. */
export const VALIDATION_MESSAGE = "Please correct the highlighted fields.";

/** Every problem zod found, grouped by field path ("answers.q_1"), so forms can show each one in place. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[issue.path.join(".") || "form"] ??= []).push(issue.message);
  return fieldErrors;
}

/** A refusal the server found about one field (a wrong current password): shown on that field. */
export function fieldError(field: string, message: string): AppError {
  return new AppError("VALIDATION", VALIDATION_MESSAGE, { [field]: [message] });
}
