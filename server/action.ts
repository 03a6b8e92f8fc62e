import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { can, type Capability } from "@/lib/permissions";
import { getCurrentAccount, getCurrentMember, type Member } from "./auth/session";
import { formDataToObject, FormRefused } from "@/lib/request";
import { AppError, fieldErrorsOf, GENERIC_ERROR_MESSAGE, VALIDATION_MESSAGE } from "@/lib/errors";

export type { ActionResult, FieldErrors } from "@/lib/action-result";

type Input = FormData | Record<string, unknown>;

function toObject(input: Input): Record<string, unknown> {
  return input instanceof FormData ? formDataToObject(input) : input;
}

async function run<S extends z.ZodType, T>(
  schema: S,
  input: Input,
  handler: (data: z.infer<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  let object: Record<string, unknown>;
  try {
    object = toObject(input);
  } catch (error) {
    // Too many fields or files: refused before parsing, with the sentence that says what to do.
    if (error instanceof FormRefused) return { ok: false, code: "TOO_LARGE", formError: error.message };
    throw error;
  }
  const parsed = schema.safeParse(object);
  if (!parsed.success) {
    return { ok: false, code: "VALIDATION", formError: VALIDATION_MESSAGE, fieldErrors: fieldErrorsOf(parsed.error) };
  }
  try {
    return { ok: true, data: await handler(parsed.data) };
  } catch (error) {
    unstable_rethrow(error); // redirect() and notFound() are control flow, not failures
    if (error instanceof AppError) {
      return { ok: false, code: error.code, formError: error.message, fieldErrors: error.fieldErrors };
    }
    console.error("candor: action failed", error);
    return { ok: false, code: "INTERNAL", formError: GENERIC_ERROR_MESSAGE };
  }
}

/** An action anyone may call (sign-in, applying): input parsed, expected errors typed, the rest hidden. */
export function publicAction<S extends z.ZodType, T>(schema: S, handler: (data: z.infer<S>) => Promise<T>) {
  return (input: Input) => run(schema, input, handler);
}

const SESSION_ENDED = { ok: false, code: "UNAUTHENTICATED", formError: "Your session has ended. Please sign in again." } as const;
const TWO_FACTOR_FIRST = {
  ok: false,
  code: "FORBIDDEN",
  formError: "Your organisation requires two-factor authentication. Set it up on your account page first.",
} as const;

/**
 * An action on the signed-in person's own account (password, two-factor, sessions): open to every role,
 * and to a member who must still set up two-factor, since that is where they do it.
 */
export function accountAction<S extends z.ZodType, T>(schema: S, handler: (data: z.infer<S>, member: Member) => Promise<T>) {
  return async (input: Input): Promise<ActionResult<T>> => {
    const member = await getCurrentAccount();
    if (!member) return SESSION_ENDED;
    return run(schema, input, (data) => handler(data, member));
  };
}

/**
 * An action for signed-in members of the current organisation whose role holds `capability` (somewhere:
 * a use case checks the job's hiring team where that matters). "any" is for a member's own things, such
 * as their notifications. The member is loaded on the server for every call, whatever the page showed.
 */
export function memberAction<S extends z.ZodType, T>(
  capability: Capability | "any",
  schema: S,
  handler: (data: z.infer<S>, member: Member) => Promise<T>,
) {
  return async (input: Input): Promise<ActionResult<T>> => {
    const member = await getCurrentMember();
    if (!member) return (await getCurrentAccount()) ? TWO_FACTOR_FIRST : SESSION_ENDED;
    if (capability !== "any" && !can(member.role, capability)) {
      return { ok: false, code: "FORBIDDEN", formError: "You don't have access to do that." };
    }
    return run(schema, input, (data) => handler(data, member));
  };
}
