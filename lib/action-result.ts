// What every server action answers, for forms in the browser and for the action wrapper (server/action.ts).

export type FieldErrors = Record<string, string[] | undefined>;

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; code: string; formError?: string; fieldErrors?: FieldErrors };
